package org.calfcheck.report;

import java.util.List;

/** The sheet after layout: each page's drawing ops, ready to paint. */
record LaidOutSheet(Paper paper, SheetStyle style, List<List<Op>> pages) {
    LaidOutSheet {
        pages = pages.stream().map(List::copyOf).toList();
    }
}
