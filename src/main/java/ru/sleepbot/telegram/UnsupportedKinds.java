package ru.sleepbot.telegram;

import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Names what a user sent instead of text, so that the dialog can answer kindly ("I only read
 * text"). Service messages (someone joined, a pin, a timer change) have no kind and get no answer.
 */
final class UnsupportedKinds {

    private UnsupportedKinds() {
    }

    static Optional<String> of(Message m) {
        // Order matters: an animation also carries a document, a venue also carries a location.
        if (m.hasSticker()) {
            return Optional.of("sticker");
        }
        if (m.hasPhoto()) {
            return Optional.of("photo");
        }
        if (m.hasVoice()) {
            return Optional.of("voice");
        }
        if (m.hasVideoNote()) {
            return Optional.of("video_note");
        }
        if (m.hasVideo()) {
            return Optional.of("video");
        }
        if (m.hasAudio()) {
            return Optional.of("audio");
        }
        if (m.hasAnimation()) {
            return Optional.of("animation");
        }
        if (m.hasDocument()) {
            return Optional.of("document");
        }
        if (m.getVenue() != null) {
            return Optional.of("venue");
        }
        if (m.hasLocation()) {
            return Optional.of("location");
        }
        if (m.hasContact()) {
            return Optional.of("contact");
        }
        if (m.hasPoll()) {
            return Optional.of("poll");
        }
        if (m.hasDice()) {
            return Optional.of("dice");
        }
        if (m.hasStory()) {
            return Optional.of("story");
        }
        return Optional.empty();
    }
}
