package org.calfcheck.engine;

/** The runner's choice of distance unit, used for every distance answer and shown back in the routine. */
public enum DistanceUnit {
    KM(1.0),
    MI(1.609344);

    private final double km;

    DistanceUnit(double km) {
        this.km = km;
    }

    public double toKm(double value) {
        return value * km;
    }

    public double fromKm(double kilometres) {
        return kilometres / km;
    }
}
