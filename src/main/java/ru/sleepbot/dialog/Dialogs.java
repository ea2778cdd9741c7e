package ru.sleepbot.dialog;

import java.util.List;

/** Builds the dialog engine with all its features; the one public way in for the wiring. */
public final class Dialogs {

    private Dialogs() {
    }

    public static DialogEngine create(DialogDependencies deps) {
        List<Feature> features = List.of(RoutineFeature.create(deps));
        Feature fallback = new Feature() {
        };
        return new DialogEngine(deps.classifier(), deps.guard(), deps.knowledge().messages(), deps.clock(),
                deps.sessions(), features, fallback);
    }
}
