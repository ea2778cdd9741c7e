package ru.sleepbot.dialog;

import java.util.List;

/** Builds the dialog engine with all its features; the one public way in for the wiring. */
public final class Dialogs {

    private Dialogs() {
    }

    public static DialogEngine create(DialogDependencies deps) {
        List<Feature> features = List.of(
                new ReminderFeature(deps.users(), deps.knowledge().messages(), deps.clock()));
        Feature fallback = new Feature() {
        };
        return new DialogEngine(deps.classifier(), deps.guard(), deps.knowledge().messages(), deps.clock(),
                deps.sessions(), features, fallback);
    }
}
