/**
 * The sleep diary's own work, apart from the conversation: the nights of a period with what joins
 * them (routines, warning signs, the last check), the weekly chart (JFreeChart, PNG), the summary
 * for the doctor (PDFBox), what the diary says (Fisher's exact test) and the export of a user's
 * data. Text and drawing use Liberation Sans from PDFBox's jar, so no system font is needed.
 */
package ru.sleepbot.diary;
