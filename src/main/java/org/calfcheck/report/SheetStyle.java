package org.calfcheck.report;

/**
 * Sizes for one density of the sheet. The layout tries {@link #NORMAL} first and tightens only when the
 * routine would not fit on two pages: smaller type and figures, never fewer items.
 */
record SheetStyle(float body, float small, float heading, float title, float leading, float figure,
                  float gap, float margin, boolean twoUp) {

    private static final float MM = 72f / 25.4f;

    static final SheetStyle NORMAL = new SheetStyle(9f, 7.5f, 11.5f, 17f, 1.22f, 18 * MM, 6f, 14 * MM, false);
    /** Routine items two to a row, to bring a typical routine onto one page. */
    static final SheetStyle COMPACT = new SheetStyle(8.3f, 7f, 10.5f, 15f, 1.17f, 15 * MM, 4.5f, 12 * MM, true);
    static final SheetStyle TIGHT = new SheetStyle(7.8f, 6.8f, 10f, 14f, 1.15f, 13 * MM, 3.5f, 11 * MM, true);
    static final SheetStyle TIGHTEST = new SheetStyle(7.2f, 6.3f, 9f, 13f, 1.12f, 12 * MM, 3f, 10 * MM, true);

    static final java.util.List<SheetStyle> DENSER_IN_TURN = java.util.List.of(NORMAL, COMPACT, TIGHT, TIGHTEST);

    float lineHeight(float size) {
        return size * leading;
    }
}
