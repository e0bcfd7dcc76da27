package dev.dittosink.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts bytes over a plain socket, for what no HTTP client lets through: raw bytes above 0x7F, NUL or a bare CR in
 * header values, a Host header of the sender's choosing. Each call uses a fresh connection and reads to its end.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /**
     * @param root the sink's root URI
     * @param door the door to post to
     * @param headerBlock header lines, each ended by CRLF, written byte for byte (ISO-8859-1); Host, Content-Length
     *        and Connection are added unless the block sets them
     * @param body the body
     * @return the answer
     */
    public static WireResponse post(final URI root, final Door door, final String headerBlock, final byte[] body) {
        final String lower = headerBlock.toLowerCase(java.util.Locale.ROOT);
        final StringBuilder head = new StringBuilder("POST " + door.path() + " HTTP/1.1\r\n");
        if (!lower.startsWith("host:") && !lower.contains("\nhost:")) {
            head.append("Host: ").append(root.getHost()).append(':').append(root.getPort()).append("\r\n");
        }
        head.append(headerBlock).append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            final OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (final IOException e) {
            throw new IllegalStateException("The sink did not answer " + door, e);
        }
    }

    private static WireResponse parse(final byte[] raw) throws IOException {
        final String text = new String(raw, StandardCharsets.ISO_8859_1);
        final int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No complete answer: " + text);
        }
        final String[] lines = text.substring(0, end).split("\r\n");
        final int status = Integer.parseInt(lines[0].split(" ")[1]);
        final Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            final int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), name -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        final HttpHeaders httpHeaders = HttpHeaders.of(headers, (name, value) -> true);
        byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
        if (httpHeaders.firstValue("Transfer-Encoding").filter("chunked"::equalsIgnoreCase).isPresent()) {
            body = dechunk(body);
        }
        return new WireResponse(status, httpHeaders, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(final byte[] chunked) throws IOException {
        final ByteArrayOutputStream body = new ByteArrayOutputStream();
        final InputStream in = new java.io.ByteArrayInputStream(chunked);
        while (true) {
            final StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    return body.toByteArray();
                }
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            final int length = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (length == 0) {
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            in.readNBytes(2);
        }
    }
}
