package org.calfcheck.report.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureCatalogTest {

    private final FigureCatalog catalog = new FigureCatalog();

    @ParameterizedTest
    @ValueSource(strings = {"wu_calf_raises", "wu_ankle_circles", "wu_walking_lunges", "wu_dynamic_wall_calf",
            "wu_skipping_jacks", "wu_leg_swings", "st_wall_calf", "st_downward_dog", "st_seated_towel",
            "st_runners_stretch", "st_ankle_circles", "st_bent_knee_wall", "str_heel_raises",
            "str_bent_knee_heel_raises", "str_eccentric_heel_drops"})
    void everyExerciseHasItsOwnDrawingWithAHeadTheFloorAndOneMovementArrow(String id) {
        Figure figure = catalog.forExercise(id);
        assertEquals(id, figure.id());
        assertEquals(1, figure.strokes(StrokeRole.ACCENT).size(), "one accent arrow");
        assertEquals(1, figure.strokes(StrokeRole.GROUND).size(), "a ground line");
        assertTrue(figure.strokes(StrokeRole.BODY).stream().anyMatch(Stroke.Circle.class::isInstance), "a round head");
        for (Stroke stroke : figure.strokes()) {
            for (Point p : stroke.points()) {
                assertTrue(p.x() >= 0 && p.x() <= 100 && p.y() >= 0 && p.y() <= 100, id + " leaves the box at " + p);
            }
        }
    }

    @Test
    void noTwoExercisesShareADrawing() {
        Set<List<Stroke>> seen = new HashSet<>();
        for (String id : catalog.ids()) {
            assertTrue(seen.add(catalog.forExercise(id).strokes()), id + " repeats another drawing");
        }
        assertEquals(15, catalog.ids().size());
    }

    @Test
    void unknownExercisesGetTheGenericStandingFigure() {
        Figure figure = catalog.forExercise("wu_brand_new_drill");
        assertEquals(FigureCatalog.FALLBACK_ID, figure.id());
        assertNotEquals(0, figure.strokes(StrokeRole.BODY).size());
        assertTrue(!catalog.knows("wu_brand_new_drill") && catalog.knows("st_wall_calf"));
    }

    @Test
    void wallStretchesShowTheWallAndTheTowelStretchItsTowel() {
        for (String id : List.of("st_wall_calf", "st_bent_knee_wall", "wu_dynamic_wall_calf", "st_seated_towel")) {
            assertEquals(1, catalog.forExercise(id).strokes(StrokeRole.PROP).size(), id);
        }
    }

    @Test
    void arrowHeadPointsAlongTheLastSegment() {
        List<Point> corners = ArrowHead.corners(Point.of(0, 0), Point.of(10, 0));
        assertEquals(10 - ArrowHead.LENGTH, corners.get(0).x(), 1e-9);
        assertEquals(ArrowHead.HALF_WIDTH, Math.abs(corners.get(0).y()), 1e-9);
        assertEquals(-corners.get(0).y(), corners.get(1).y(), 1e-9);
    }
}
