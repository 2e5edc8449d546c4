package id.kotacerdas.platform;

import org.slf4j.helpers.MessageFormatter;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}) with line breaks and other control characters in its arguments
 * escaped, so text from a request (a username, an address, an exception's message) cannot start a
 * forged log line. The message pattern itself, written in the code, keeps its line breaks.
 * Registered for {@code %m}, {@code %msg} and {@code %message} in {@code logback-spring.xml}.
 */
public class PesanLogAman extends ClassicConverter {

	@Override
	public String convert(ILoggingEvent event) {
		Object[] argumen = event.getArgumentArray();
		if (argumen == null || argumen.length == 0) {
			return event.getFormattedMessage();
		}
		Object[] aman = new Object[argumen.length];
		for (int i = 0; i < argumen.length; i++) {
			// a trailing Throwable is printed as the stack trace, not inside the message
			aman[i] = argumen[i] == null || argumen[i] instanceof Throwable ? argumen[i] : bersihkan(String.valueOf(argumen[i]));
		}
		return MessageFormatter.basicArrayFormat(event.getMessage(), aman);
	}

	/** Escapes CR, LF, the other C0/C1 controls and Unicode line separators; keeps tabs. */
	public static String bersihkan(String teks) {
		StringBuilder hasil = null;
		for (int i = 0; i < teks.length(); i++) {
			char c = teks.charAt(i);
			boolean kendali = (Character.isISOControl(c) && c != '\t') || c == '\u2028' || c == '\u2029';
			if (kendali && hasil == null) {
				hasil = new StringBuilder(teks.length() + 16).append(teks, 0, i);
			}
			if (hasil != null) {
				if (!kendali) {
					hasil.append(c);
				}
				else if (c == '\n') {
					hasil.append("\\n");
				}
				else if (c == '\r') {
					hasil.append("\\r");
				}
				else {
					hasil.append(String.format("\\u%04x", (int) c));
				}
			}
		}
		return hasil == null ? teks : hasil.toString();
	}
}
