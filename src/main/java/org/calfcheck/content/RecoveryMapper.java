package org.calfcheck.content;

import java.util.List;
import org.calfcheck.content.JsonTreeReader.Need;

/** Maps {@code recovery.json} onto {@link RecoveryStep} records. */
final class RecoveryMapper {

    private RecoveryMapper() {
    }

    static List<RecoveryStep> read(JsonTreeReader root) {
        return root.fileList("recovery", RecoveryMapper::step);
    }

    private static RecoveryStep step(JsonTreeReader r) {
        r.allowFields(RoutineUseMapper.withShared("id", "title", "summary", "body", "steps", "dose", "cautions"));
        return new RecoveryStep(r.id("id"), r.text("title"), r.text("summary"), r.text("body"),
                r.texts("steps", Need.OPTIONAL), DoseMapper.read(r),
                r.texts("cautions", Need.OPTIONAL), RoutineUseMapper.read(r));
    }
}
