package ru.sleepbot.chat;

import java.util.Objects;

/** One thing a user did in a chat, as any channel (Telegram, console) reports it. */
public sealed interface Incoming permits Incoming.Text, Incoming.Press, Incoming.Unsupported {

    ChatRef chat();

    /** A typed message; commands arrive as text starting with '/'. */
    record Text(ChatRef chat, String text) implements Incoming {
        public Text {
            Objects.requireNonNull(chat, "chat");
            text = text == null ? "" : text;
        }
    }

    /** A press of an inline button; {@code data} is the button's short Latin id. */
    record Press(ChatRef chat, String data) implements Incoming {
        public Press {
            Objects.requireNonNull(chat, "chat");
            data = data == null ? "" : data;
        }
    }

    /** Something the bot cannot read: a sticker, photo, voice message and so on. */
    record Unsupported(ChatRef chat, String kind) implements Incoming {
        public Unsupported {
            Objects.requireNonNull(chat, "chat");
            Objects.requireNonNull(kind, "kind");
        }
    }
}
