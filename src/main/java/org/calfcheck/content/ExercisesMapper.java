package org.calfcheck.content;

import java.util.List;
import org.calfcheck.content.JsonTreeReader.Need;

/** Maps {@code exercises.json} onto {@link Exercise} records. */
final class ExercisesMapper {

    private ExercisesMapper() {
    }

    static List<Exercise> read(JsonTreeReader root) {
        return root.fileList("exercises", ExercisesMapper::exercise);
    }

    private static Exercise exercise(JsonTreeReader e) {
        e.allowFields(RoutineUseMapper.withShared("id", "kind", "title", "summary", "body", "steps", "dose", "cautions"));
        return new Exercise(e.id("id"), e.enumValue("kind", ExerciseKind.class).orElse(ExerciseKind.WARM_UP),
                e.text("title"), e.text("summary"), e.text("body"), e.texts("steps", Need.NON_EMPTY),
                DoseMapper.read(e), e.texts("cautions", Need.OPTIONAL), RoutineUseMapper.read(e));
    }
}
