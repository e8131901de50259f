package org.calfcheck.report.figure;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One line drawing per exercise id, side view facing right unless the movement reads better from the front.
 * Unknown ids get a plain standing figure, so a new exercise in the content never breaks the sheet.
 */
public final class FigureCatalog {

    /** The figure for ids the catalog does not know. */
    public static final String FALLBACK_ID = "generic";

    private static final Map<String, Supplier<Figure>> POSES = Map.ofEntries(
            Map.entry("wu_calf_raises", FigureCatalog::calfRaises),
            Map.entry("wu_ankle_circles", FigureCatalog::standingAnkleCircles),
            Map.entry("wu_walking_lunges", FigureCatalog::walkingLunge),
            Map.entry("wu_dynamic_wall_calf", FigureCatalog::dynamicWallCalf),
            Map.entry("wu_skipping_jacks", FigureCatalog::skippingJacks),
            Map.entry("wu_leg_swings", FigureCatalog::legSwings),
            Map.entry("st_wall_calf", FigureCatalog::wallCalf),
            Map.entry("st_downward_dog", FigureCatalog::downwardDog),
            Map.entry("st_seated_towel", FigureCatalog::seatedTowel),
            Map.entry("st_runners_stretch", FigureCatalog::runnersStretch),
            Map.entry("st_ankle_circles", FigureCatalog::seatedAnkleCircles),
            Map.entry("st_bent_knee_wall", FigureCatalog::bentKneeWall),
            Map.entry("str_heel_raises", FigureCatalog::singleLegHeelRaise),
            Map.entry("str_bent_knee_heel_raises", FigureCatalog::bentKneeHeelRaise),
            Map.entry("str_eccentric_heel_drops", FigureCatalog::heelDrops));

    public Figure forExercise(String id) {
        Supplier<Figure> pose = POSES.get(id);
        return pose == null ? standing() : pose.get();
    }

    public boolean knows(String id) {
        return POSES.containsKey(id);
    }

    public Set<String> ids() {
        return POSES.keySet();
    }

    private static Figure standing() {
        return new Sketch().ground()
                .head(50, 13).body(50, 19, 50, 48)
                .body(50, 23, 43, 36, 41, 49).body(50, 23, 57, 36, 59, 49)
                .body(50, 48, 46, 69, 45, 89, 52, 92).body(50, 48, 54, 69, 55, 89, 62, 92)
                .build(FALLBACK_ID);
    }

    private static Figure calfRaises() {
        return new Sketch().ground()
                .head(50, 12).body(50, 18, 50, 47)
                .body(50, 22, 52, 36, 55, 48)
                .body(50, 47, 51, 67, 49, 83, 57, 92)
                .arrow(38, 90, 38, 70)
                .build("wu_calf_raises");
    }

    private static Figure standingAnkleCircles() {
        return new Sketch().ground()
                .head(45, 12).body(45, 18, 45, 48)
                .body(45, 22, 37, 35, 44, 46)
                .body(45, 48, 45, 69, 45, 89, 53, 92)
                .body(45, 48, 57, 64, 63, 81, 70, 82)
                .arcArrow(67, 81, 9, 200, 290)
                .build("wu_ankle_circles");
    }

    private static Figure walkingLunge() {
        return new Sketch().ground()
                .head(46, 20).body(46, 26, 46, 56)
                .body(46, 30, 54, 41, 61, 37).body(46, 30, 39, 42, 37, 52)
                .body(46, 56, 66, 58, 66, 89, 74, 92)
                .body(46, 56, 36, 75, 21, 84, 28, 92)
                .arrow(60, 22, 86, 22)
                .build("wu_walking_lunges");
    }

    private static Figure dynamicWallCalf() {
        return new Sketch().ground().wall(88)
                .head(74, 22).body(70, 28, 52, 54)
                .body(68, 31, 78, 31, 87, 33)
                .body(52, 54, 68, 70, 66, 89, 74, 92)
                .body(52, 54, 41, 72, 30, 89, 38, 92)
                .arrow(72, 78, 84, 78)
                .build("wu_dynamic_wall_calf");
    }

    private static Figure skippingJacks() {
        return new Sketch().ground()
                .head(50, 17).body(50, 23, 50, 52)
                .body(50, 27, 40, 17, 33, 7).body(50, 27, 60, 17, 67, 7)
                .body(50, 52, 41, 71, 34, 88, 28, 91).body(50, 52, 59, 71, 66, 88, 72, 91)
                .arcArrow(50, 27, 30, 150, 55)
                .build("wu_skipping_jacks");
    }

    private static Figure legSwings() {
        return new Sketch().ground().wall(12)
                .head(36, 12).body(36, 18, 36, 48)
                .body(36, 23, 26, 30, 13, 33).body(36, 23, 42, 36, 46, 47)
                .body(36, 48, 36, 69, 36, 89, 44, 92)
                .body(36, 48, 49, 64, 62, 79, 69, 76)
                .arcArrow(36, 48, 50, 58, -40)
                .build("wu_leg_swings");
    }

    private static Figure wallCalf() {
        return new Sketch().ground().wall(88)
                .head(69, 26).body(65, 32, 48, 54)
                .body(64, 34, 76, 38, 87, 36)
                .body(48, 54, 64, 66, 62, 89, 70, 92)
                .body(48, 54, 37, 72, 26, 89, 34, 92)
                .arrow(17, 68, 17, 88)
                .build("st_wall_calf");
    }

    private static Figure downwardDog() {
        return new Sketch().ground()
                .body(46, 40, 70, 62, 68, 64)
                .head(64, 69)
                .body(69, 61, 84, 90, 90, 91)
                .body(46, 40, 35, 64, 24, 88, 32, 92)
                .arrow(14, 68, 14, 88)
                .build("st_downward_dog");
    }

    private static Figure seatedTowel() {
        return new Sketch().ground()
                .head(38, 51).body(36, 57, 30, 88)
                .body(35, 61, 46, 70, 55, 68)
                .body(30, 88, 50, 89, 71, 89, 74, 79)
                .prop(55, 68, 77, 76, 76, 82)
                .arcArrow(71, 89, 19, -25, -60)
                .build("st_seated_towel");
    }

    private static Figure runnersStretch() {
        return new Sketch().ground()
                .head(69, 31).body(64, 36, 44, 56)
                .body(63, 38, 65, 50, 63, 62)
                .body(44, 56, 62, 64, 64, 89, 72, 92)
                .body(44, 56, 33, 72, 22, 89, 30, 92)
                .arrow(13, 68, 13, 88)
                .build("st_runners_stretch");
    }

    private static Figure seatedAnkleCircles() {
        return new Sketch().ground()
                .prop(22, 36, 22, 68, 42, 68).prop(23, 68, 23, 92).prop(41, 68, 41, 92)
                .head(34, 29).body(33, 35, 32, 65)
                .body(33, 40, 38, 52, 46, 60)
                .body(32, 65, 52, 66, 53, 88, 61, 92)
                .body(32, 65, 52, 63, 69, 57, 74, 51)
                .arcArrow(72, 54, 9, 180, 290)
                .build("st_ankle_circles");
    }

    private static Figure bentKneeWall() {
        return new Sketch().ground().wall(84)
                .head(60, 24).body(56, 30, 42, 54)
                .body(56, 32, 70, 37, 83, 36)
                .body(42, 54, 60, 64, 60, 88, 68, 92)
                .body(42, 54, 46, 72, 32, 89, 40, 92)
                .arrow(34, 62, 38, 79)
                .build("st_bent_knee_wall");
    }

    private static Figure singleLegHeelRaise() {
        return new Sketch().ground().wall(76)
                .head(50, 12).body(50, 18, 50, 47)
                .body(50, 22, 62, 29, 75, 31).body(50, 22, 48, 36, 50, 48)
                .body(50, 47, 51, 67, 49, 83, 57, 92)
                .body(50, 47, 47, 67, 30, 75, 27, 81)
                .arrow(66, 90, 66, 70)
                .build("str_heel_raises");
    }

    private static Figure bentKneeHeelRaise() {
        return new Sketch().ground().wall(76)
                .head(49, 16).body(48, 22, 46, 51)
                .body(48, 26, 61, 32, 75, 33).body(48, 26, 47, 39, 51, 49)
                .body(46, 51, 57, 67, 50, 83, 58, 92)
                .arrow(36, 90, 36, 70)
                .build("str_bent_knee_heel_raises");
    }

    private static Figure heelDrops() {
        return new Sketch().ground()
                .prop(44, 92, 44, 78, 94, 78, 94, 92)
                .head(46, 12, 5).body(46, 17, 46, 42)
                .body(46, 21, 48, 32, 51, 42)
                .body(46, 42, 45, 60, 41.5, 80.5)
                .body(37, 82.5, 52, 77.5)
                .arrow(30, 64, 30, 86)
                .build("str_eccentric_heel_drops");
    }
}
