package org.calfcheck.store;

import java.time.Instant;

/** A runner whose assessments a coach keeps. A runner on their own has one client, "Me". */
public record Client(long id, String name, String notes, boolean archived, Instant created) {
}
