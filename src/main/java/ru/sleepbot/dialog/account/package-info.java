/**
 * Privacy: what the bot keeps (/privacy, or asked in words), the consent to keep unrecognised
 * questions as text, and deleting everything about the user after a confirmation (/forget, or
 * "удалите мои данные").
 */
package ru.sleepbot.dialog.account;
