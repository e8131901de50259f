package org.calfcheck.ui.sheet;

import java.awt.print.PrinterException;

/** Sends the sheet to a printer. A port, so tests can stand in for a machine with no printer. */
public interface SheetPrinter {

    enum Outcome { PRINTED, CANCELLED }

    /** Shows the system print dialog and prints; blocks, so call it off the FX thread. */
    Outcome print(byte[] pdf, String jobName) throws PrinterException;
}
