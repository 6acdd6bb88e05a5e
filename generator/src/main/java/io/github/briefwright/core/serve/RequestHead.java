package io.github.briefwright.core.serve;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request line and header fields of one HTTP/1.0 or HTTP/1.1 request, read strictly and within a size limit.
 * Only what the preview needs: no request bodies, no continuation lines, no absolute-form targets.
 *
 * @param method the method, as sent (methods are case-sensitive)
 * @param path the path of the target, percent-decoded as UTF-8; the query is dropped
 * @param version {@code HTTP/1.0} or {@code HTTP/1.1}
 * @param headers field values by lower-case field name, in the order sent
 */
record RequestHead(String method, String path, String version, Map<String, List<String>> headers) {

    /** Thrown for a request that is not understood: answered with {@code status} and {@code reason}, then closed. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;

        Refused(int status, String reason) {
            super(reason);
            this.status = status;
        }
    }

    /** The values of one header field (any case), empty when it was not sent. */
    List<String> header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Whether the request says a body follows (the preview never reads one). */
    boolean announcesBody() {
        return !header("transfer-encoding").isEmpty()
                || header("content-length").stream().anyMatch(length -> !length.equals("0"));
    }

    /**
     * Reads a request head of at most {@code limit} bytes. {@link EOFException} when the client closes before the
     * head is complete (a browser's unused spare connection, typically).
     */
    static RequestHead read(InputStream in, int limit) throws IOException, Refused {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int total = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("closed before the end of the request head");
            }
            if (++total > limit) {
                throw new Refused(431, "The request head is larger than " + limit / 1024 + " KiB.");
            }
            if (b != '\n') {
                line.write(b);
                continue;
            }
            String text = line.toString(StandardCharsets.ISO_8859_1);
            line.reset();
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            if (text.isEmpty()) {
                if (lines.isEmpty()) {
                    continue; // an empty line before the request line may be ignored (RFC 9112, 2.2)
                }
                return parse(lines);
            }
            lines.add(text);
        }
    }

    private static RequestHead parse(List<String> lines) throws Refused {
        String[] parts = lines.get(0).split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[0].chars().allMatch(RequestHead::isTokenChar)) {
            throw new Refused(400, "The request line is not 'METHOD /path HTTP/1.1'.");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new Refused(parts[2].matches("HTTP/\\d(\\.\\d)?") ? 505 : 400, "Only HTTP/1.0 and HTTP/1.1 are served.");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String field : lines.subList(1, lines.size())) {
            int colon = field.indexOf(':');
            String name = colon > 0 ? field.substring(0, colon) : "";
            if (name.isEmpty() || !name.chars().allMatch(RequestHead::isTokenChar)) {
                throw new Refused(400, "A header line is not 'Name: value'.");
            }
            headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), key -> new ArrayList<>())
                    .add(field.substring(colon + 1).strip());
        }
        return new RequestHead(parts[0], decodePath(parts[1]), parts[2], headers);
    }

    /** The path of an origin-form target ({@code /path?query}), percent-decoded as UTF-8. */
    private static String decodePath(String target) throws Refused {
        if (!target.startsWith("/")) {
            throw new Refused(400, "The request target must be a path starting with '/'.");
        }
        int query = target.indexOf('?');
        String raw = query < 0 ? target : target.substring(0, query);
        ByteBuffer bytes = ByteBuffer.allocate(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(raw.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new Refused(400, "The path has a '%' not followed by two hex digits.");
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            } else if (c <= ' ' || c >= 0x7F || c == '\\' || c == '"' || c == '<' || c == '>' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}' || c == '#') {
                throw new Refused(400, "The path has a character that must be percent-encoded.");
            } else {
                bytes.put((byte) c);
            }
        }
        bytes.flip();
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException e) {
            throw new Refused(400, "The path is not valid UTF-8 once decoded.");
        }
    }

    private static boolean isTokenChar(int c) {
        return c > ' ' && c < 0x7F && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
