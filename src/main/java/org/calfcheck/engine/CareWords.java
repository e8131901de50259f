package org.calfcheck.engine;

import org.calfcheck.content.CareLevel;

/**
 * The one wording of each care level, shown by the app, the sheet, the command line and the coach's history
 * alike, so a runner never reads two different instructions for the same level.
 *
 * @param title  what to do, as a heading ("See a doctor today")
 * @param detail one or two sentences that say why and what meanwhile
 */
public record CareWords(String title, String detail) {

    private static final CareWords EMERGENCY = new CareWords("Call emergency services now",
            "Your answers include a sign that can be life-threatening. Call 999, 112 or 911, or go to the"
                    + " emergency department now. Do not wait and do not drive yourself.");
    private static final CareWords URGENT = new CareWords("See a doctor today",
            "Your answers include a sign that needs a doctor's check today. Do not run until you have been seen.");
    private static final CareWords SOON = new CareWords("Book a doctor or physio in the next few days",
            "Nothing points to an emergency, but a professional should look at this soon. What is below is safe"
                    + " meanwhile.");
    private static final CareWords SELF_CARE = new CareWords("You can look after this yourself",
            "None of the warning signs we ask about. The routine below should help; see a doctor or physio if"
                    + " it gets worse or does not ease.");

    public static CareWords of(CareLevel level) {
        return switch (level) {
            case EMERGENCY -> EMERGENCY;
            case URGENT -> URGENT;
            case SOON -> SOON;
            case SELF_CARE -> SELF_CARE;
        };
    }

    /**
     * What to do about a flag that asks for less than the assessment's care level: its own action ("book … in
     * the next few days") would contradict the level, so it becomes something to mention when seen.
     */
    static String lesserFlagAction(CareLevel assessed) {
        return assessed == CareLevel.EMERGENCY
                ? "Tell the emergency team about this as well."
                : "Tell the doctor about this too when you are seen.";
    }
}
