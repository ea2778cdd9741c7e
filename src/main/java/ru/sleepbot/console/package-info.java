/** The console channel: the same dialog as Telegram, on stdin and stdout, plain or JSON lines. */
package ru.sleepbot.console;
