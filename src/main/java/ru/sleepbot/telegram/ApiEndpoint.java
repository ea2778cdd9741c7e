package ru.sleepbot.telegram;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * Where the Bot API lives (TELEGRAM_API_URL): api.telegram.org, a self-hosted Bot API server, or a
 * fake one in tests. TelegramBots takes scheme, host and port separately, so the URL is parsed once.
 */
record ApiEndpoint(String scheme, String host, int port) {

    ApiEndpoint {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("TELEGRAM_API_URL must be http or https, not " + scheme);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("TELEGRAM_API_URL has no host");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("TELEGRAM_API_URL has a bad port: " + port);
        }
    }

    /** Parses a base URL such as {@code https://api.telegram.org} or {@code http://127.0.0.1:8081}. */
    static ApiEndpoint parse(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("TELEGRAM_API_URL is not a URL: " + e.getReason(), e);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("TELEGRAM_API_URL needs a scheme and a host, e.g. https://api.telegram.org");
        }
        String path = uri.getPath() == null ? "" : uri.getPath();
        if (!path.isEmpty() && !path.equals("/")) {
            // TelegramBots always puts /bot<token>/<method> right after the host.
            throw new IllegalArgumentException("TELEGRAM_API_URL must not have a path: " + path);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
        return new ApiEndpoint(scheme, uri.getHost(), port);
    }

    TelegramUrl toTelegramUrl() {
        return new TelegramUrl(scheme, host, port, false);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + ":" + port;
    }
}
