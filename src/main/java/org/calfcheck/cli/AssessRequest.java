package org.calfcheck.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.calfcheck.engine.DistanceUnit;

/**
 * What {@code assess} was asked to do, however its arguments were read: by picocli, or by {@link PlainAssess} when
 * they are plain enough to skip it.
 *
 * @param file   the answers file; {@code -} for standard input
 * @param format how to write the assessment
 * @param out    where {@code --format pdf} writes the sheet
 * @param name   the runner's name for the sheet
 * @param paper  {@code a4} or {@code letter} as given; checked by {@link SheetOutput}
 * @param force  replace an existing {@code --out} file
 * @param units  the units to show distances in; empty for the answers' own
 * @param save   keep the assessment in a client's history
 * @param client the client to save for; empty for the runner's own history
 */
record AssessRequest(String file, AssessCommand.Format format, Optional<Path> out, Optional<String> name,
                     Optional<String> paper, boolean force, Optional<DistanceUnit> units, boolean save,
                     Optional<Long> client) {
}
