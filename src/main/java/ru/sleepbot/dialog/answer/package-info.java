/**
 * Answers about topics: a topic's answer or the section a question asks for, follow-ups read in
 * the context of the last answer ("а это опасно?", "как отличить?", "у меня диабет"), a question
 * back when two topics are about as likely, and never the same text twice in a row.
 */
package ru.sleepbot.dialog.answer;
