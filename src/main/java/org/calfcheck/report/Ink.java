package org.calfcheck.report;

/** The sheet's few colours, chosen to stay distinct when printed in black and white. */
enum Ink {
    TEXT(0.1f, 0.1f, 0.1f),
    MUTED(0.35f, 0.35f, 0.35f),
    RULE(0.7f, 0.7f, 0.7f),
    ALERT(0.62f, 0.05f, 0.05f),
    ALERT_FILL(0.99f, 0.93f, 0.93f),
    HEADER_FILL(0.92f, 0.94f, 0.96f),
    TITLE(0.05f, 0.25f, 0.45f);

    final float red;
    final float green;
    final float blue;

    Ink(float red, float green, float blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }
}
