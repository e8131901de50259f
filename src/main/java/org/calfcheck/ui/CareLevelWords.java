package org.calfcheck.ui;

import org.calfcheck.content.CareLevel;
import org.calfcheck.engine.CareWords;
import org.kordamp.ikonli.feather.Feather;

/** The banner for each care level: the engine's one wording of it, a colour class and an icon. */
public enum CareLevelWords {
    EMERGENCY(CareLevel.EMERGENCY, "care-emergency", Feather.PHONE_CALL),
    URGENT(CareLevel.URGENT, "care-urgent", Feather.ALERT_OCTAGON),
    SOON(CareLevel.SOON, "care-soon", Feather.CALENDAR),
    SELF_CARE(CareLevel.SELF_CARE, "care-self", Feather.CHECK_CIRCLE);

    private final CareWords words;
    private final String styleClass;
    private final Feather icon;

    CareLevelWords(CareLevel level, String styleClass, Feather icon) {
        this.words = CareWords.of(level);
        this.styleClass = styleClass;
        this.icon = icon;
    }

    public static CareLevelWords of(CareLevel level) {
        return valueOf(level.name());
    }

    public String title() {
        return words.title();
    }

    public String detail() {
        return words.detail();
    }

    public String styleClass() {
        return styleClass;
    }

    public Feather icon() {
        return icon;
    }
}
