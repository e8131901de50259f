package org.calfcheck.ui;

import org.calfcheck.content.CareLevel;
import org.kordamp.ikonli.feather.Feather;

/** The banner for each care level: words that cannot be misread, a colour class and an icon. */
public enum CareLevelWords {
    EMERGENCY("Call emergency services now",
            "Your answers include a sign that can be life-threatening. Do not wait and do not drive yourself.",
            "care-emergency", Feather.PHONE_CALL),
    URGENT("See a doctor today",
            "Your answers include a sign that needs a doctor's check today, before you run again.",
            "care-urgent", Feather.ALERT_OCTAGON),
    SOON("Book a doctor or physio in the next few days",
            "Nothing points to an emergency, but a professional should look at this soon.",
            "care-soon", Feather.CALENDAR),
    SELF_CARE("You can look after this yourself",
            "None of the warning signs we ask about. The routine below should help; see someone if it gets worse.",
            "care-self", Feather.CHECK_CIRCLE);

    private final String title;
    private final String detail;
    private final String styleClass;
    private final Feather icon;

    CareLevelWords(String title, String detail, String styleClass, Feather icon) {
        this.title = title;
        this.detail = detail;
        this.styleClass = styleClass;
        this.icon = icon;
    }

    public static CareLevelWords of(CareLevel level) {
        return valueOf(level.name());
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public String styleClass() {
        return styleClass;
    }

    public Feather icon() {
        return icon;
    }
}
