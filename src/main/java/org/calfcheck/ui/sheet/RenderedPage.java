package org.calfcheck.ui.sheet;

/**
 * One sheet page as pixels (ARGB, row by row). Plain data, so the view-model needs no JavaFX toolkit and the
 * view turns it into an image with a {@code PixelWriter}.
 */
public record RenderedPage(int width, int height, int[] argb) {
    public RenderedPage {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("expected " + width * height + " pixels, got " + argb.length);
        }
    }
}
