package org.calfcheck.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and validates CalfCheck's content: the JSON files, from inside the jar or from a folder.
 * Every problem is collected (malformed JSON with line and column, missing and wrong fields with their JSON path,
 * then references, duplicates and conditions that do not fit their questions) and reported together in one
 * {@link ContentException}, so an author fixes a whole batch per run.
 */
public final class ContentLoader {

    public static final String MANIFEST = "manifest.json";
    public static final String CAUSES = "causes.json";
    public static final String EXERCISES = "exercises.json";
    public static final String RECOVERY = "recovery.json";
    public static final String PREVENTION = "prevention.json";
    public static final String RED_FLAGS = "redflags.json";
    public static final String QUESTIONNAIRE = "questionnaire.json";
    public static final String RULES = "rules.json";
    public static final String RECOVERY_PLAN = "recovery-plan.json";

    /**
     * The packaged content's mark from the build, which checked those very files completely
     * ({@link ContentBuildCheck}): a checksum of the files, in the jar beside them.
     */
    public static final String BUILD_MARK = "checked-at-build";

    /** The content files, in the order they are read and their problems reported. */
    public static final List<String> FILES =
            List.of(MANIFEST, CAUSES, EXERCISES, RECOVERY, PREVENTION, RED_FLAGS, QUESTIONNAIRE, RULES, RECOVERY_PLAN);

    // no logger field: a command that loads clean content should not pay for starting the logging system

    private final String origin;
    private final Source source;

    /** Where the files come from; {@code open} is empty for a missing file. */
    private interface Source {
        Optional<InputStream> open(String file) throws IOException;

        /** A problem with the whole source (a folder that does not exist), checked before any file. */
        default Optional<ContentProblem> unavailable() {
            return Optional.empty();
        }

        /** The build's mark on these files ({@link #BUILD_MARK}); empty where there is none (a folder). */
        default Optional<String> buildMark() {
            return Optional.empty();
        }
    }

    private ContentLoader(String origin, Source source) {
        this.origin = origin;
        this.source = source;
    }

    /** The content shipped inside the application (class path folder {@code /content/}). */
    public static ContentLoader packaged() {
        return packaged(ContentLoader.class.getClassLoader());
    }

    /** The content in the {@code content/} folder of a class path, with the build's mark found there. */
    static ContentLoader packaged(ClassLoader classPath) {
        return new ContentLoader("packaged content", new Source() {
            @Override
            public Optional<InputStream> open(String file) {
                return Optional.ofNullable(classPath.getResourceAsStream("content/" + file));
            }

            @Override
            public Optional<String> buildMark() {
                try (InputStream in = classPath.getResourceAsStream("content/" + BUILD_MARK)) {
                    return in == null ? Optional.empty()
                            : Optional.of(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip());
                } catch (IOException e) {
                    return Optional.empty();
                }
            }
        });
    }

    /** Content in a folder, for authors trying out changes ({@code --content DIR}). */
    public static ContentLoader folder(Path dir) {
        return new ContentLoader(dir.toString(), new Source() {
            @Override
            public Optional<InputStream> open(String file) throws IOException {
                Path path = dir.resolve(file);
                return Files.isRegularFile(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
            }

            @Override
            public Optional<ContentProblem> unavailable() {
                if (Files.isDirectory(dir)) {
                    return Optional.empty();
                }
                String message = Files.exists(dir) ? "is not a folder" : "no such folder";
                return Optional.of(new ContentProblem(dir.toString(), "", message));
            }
        });
    }

    /** Where this loader reads from, for messages: "packaged content" or the folder. */
    public String origin() {
        return origin;
    }

    /**
     * Reads, checks and returns the whole content; any problem at all fails the load and lists them all. Packaged
     * content the build has checked and marked ({@link #BUILD_MARK}) skips the cross-checks when its bytes are the
     * ones the build checked.
     */
    public Content load() throws ContentException {
        return load(true);
    }

    /** As {@link #load}, with every check whatever the build's mark says: what {@code validate-content} runs. */
    public Content checkInFull() throws ContentException {
        return load(false);
    }

    private Content load(boolean trustBuildMark) throws ContentException {
        Optional<ContentProblem> unavailable = source.unavailable();
        if (unavailable.isPresent()) {
            throw new ContentException(List.of(unavailable.get()));
        }
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, JsonTreeReader> roots = new LinkedHashMap<>();
        CRC32 checksum = new CRC32();
        for (String file : FILES) {
            parse(file, problems, checksum).ifPresent(root -> roots.put(file, root));
        }
        Set<String> untypedQuestions = new HashSet<>();
        Content content = new Content(
                map(roots, MANIFEST, ManifestMapper::read, ""),
                map(roots, CAUSES, CausesMapper::read, List.of()),
                map(roots, EXERCISES, ExercisesMapper::read, List.of()),
                map(roots, RECOVERY, RecoveryMapper::read, List.of()),
                map(roots, PREVENTION, PreventionMapper::read, List.of()),
                map(roots, RED_FLAGS, RedFlagsMapper::read, List.of()),
                map(roots, QUESTIONNAIRE, r -> QuestionnaireMapper.read(r, untypedQuestions),
                        new Questionnaire(List.of())),
                map(roots, RULES, RulesMapper::read, List.of()),
                map(roots, RECOVERY_PLAN, ReturnPlanMapper::read, ReturnPlan.NONE),
                map(roots, RED_FLAGS, RedFlagsMapper::helpSigns, List.of()));
        // The build checked these very bytes completely and marked them: the cross-checks (references, conditions
        // against their questions) need not run again at each start, where they took about 30 ms of `assess`.
        boolean checkedAtBuild = trustBuildMark && problems.isEmpty()
                && source.buildMark().equals(Optional.of(mark(checksum)));
        if (!checkedAtBuild) {
            problems.addAll(new ContentValidator(content, roots.keySet(), untypedQuestions).problems());
        }
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingInt(p -> FILES.indexOf(p.file())));
            Logger log = LoggerFactory.getLogger(ContentLoader.class);
            log.info("Content from {} has {} problem(s); first: {}", origin, problems.size(), problems.get(0));
            throw new ContentException(problems);
        }
        return content;
    }

    /**
     * The content version from {@code manifest.json} without loading or checking the rest (for {@code --version});
     * empty when the manifest is missing or unreadable.
     */
    public Optional<String> version() {
        try {
            Optional<InputStream> in = source.open(MANIFEST);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream stream = in.get()) {
                JsonNode version = JsonTree.read(stream).path("version");
                return version.isTextual() ? Optional.of(version.textValue()) : Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<JsonTreeReader> parse(String file, List<ContentProblem> problems, CRC32 checksum) {
        try {
            Optional<InputStream> in = source.open(file);
            if (in.isEmpty()) {
                problems.add(new ContentProblem(file, "", "file is missing from " + origin));
                return Optional.empty();
            }
            byte[] bytes;
            try (InputStream stream = in.get()) {
                bytes = stream.readAllBytes();
            }
            count(checksum, file, bytes);
            JsonNode tree = JsonTree.read(bytes);
            if (tree.isMissingNode()) {
                problems.add(new ContentProblem(file, "", "file is empty"));
                return Optional.empty();
            }
            if (!tree.isObject()) {
                problems.add(new ContentProblem(file, "$", "must be an object, not " + JsonTreeReader.describe(tree)));
                return Optional.empty();
            }
            return Optional.of(JsonTreeReader.root(file, tree, problems));
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(file, where(e.getLocation()), "malformed JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new ContentProblem(file, "", "cannot be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * The mark the build writes for these files when it has checked them completely ({@link ContentBuildCheck}):
     * a CRC-32 of every file's name and bytes, in order. It tells this content apart from any other, not from a
     * forgery; whoever can change the jar can change the code as well.
     */
    String mark() throws IOException {
        CRC32 checksum = new CRC32();
        for (String file : FILES) {
            Optional<InputStream> in = source.open(file);
            if (in.isPresent()) {
                try (InputStream stream = in.get()) {
                    count(checksum, file, stream.readAllBytes());
                }
            }
        }
        return mark(checksum);
    }

    /** One file into the checksum: its name, then its bytes. The load and the build's mark both count this way. */
    private static void count(CRC32 checksum, String file, byte[] bytes) {
        checksum.update(file.getBytes(StandardCharsets.UTF_8));
        checksum.update(bytes);
    }

    private static String mark(CRC32 checksum) {
        return "crc32 " + Long.toHexString(checksum.getValue());
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static <T> T map(Map<String, JsonTreeReader> roots, String file, Function<JsonTreeReader, T> mapper,
                             T standIn) {
        JsonTreeReader root = roots.get(file);
        return root == null ? standIn : mapper.apply(root);
    }
}
