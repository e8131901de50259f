package org.calfcheck.content;

import java.util.List;

/** Maps {@code prevention.json} onto {@link Advice} records. */
final class PreventionMapper {

    private PreventionMapper() {
    }

    static List<Advice> read(JsonTreeReader root) {
        return root.fileList("advice", PreventionMapper::advice);
    }

    private static Advice advice(JsonTreeReader a) {
        a.allowFields(RoutineUseMapper.withShared("id", "topic", "title", "summary", "body", "checkItem"));
        String id = a.id("id");
        AdviceTopic topic = a.enumValue("topic", AdviceTopic.class).orElse(AdviceTopic.FORM);
        return new Advice(id, topic, a.text("title"), a.text("summary"), a.text("body"), a.text("checkItem"),
                RoutineUseMapper.read(a));
    }
}
