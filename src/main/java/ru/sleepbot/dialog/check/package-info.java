/**
 * The symptom check: six short questions answered by buttons or in the person's own words, a side
 * question answered on the way, and a summary that says what it looks like (never a diagnosis),
 * what to do and whom to see. Which topics explain a finding is content ({@code check_findings}).
 */
package ru.sleepbot.dialog.check;
