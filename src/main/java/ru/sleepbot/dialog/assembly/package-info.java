/**
 * Builds the dialog engine with all its features: the only package that knows every feature
 * package, so that the engine depends on the {@link ru.sleepbot.dialog.Feature} interface alone and
 * dependencies stay one-way.
 */
package ru.sleepbot.dialog.assembly;
