package ru.sleepbot.dialog;

import java.util.List;
import ru.sleepbot.chat.Incoming;
import ru.sleepbot.chat.Outgoing;

/** What channels talk to: one user event in, the bot's replies out. Never throws. */
@FunctionalInterface
public interface Dialog {

    List<Outgoing> handle(Incoming incoming);
}
