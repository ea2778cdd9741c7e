/**
 * Evening routines in the dialog: the list, a routine asked for by name or by words, steps moved
 * on by button or by word ("дальше", "стоп"), a routine put aside by a question and taken up again,
 * and the 1–5 feeling afterwards. The pacing itself is {@code ru.sleepbot.routine.RoutinePlayer}'s.
 */
package ru.sleepbot.dialog.routine;
