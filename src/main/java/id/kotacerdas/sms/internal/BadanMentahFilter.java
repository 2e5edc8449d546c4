package id.kotacerdas.sms.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads the gateway's body before anything can parse it as form parameters (which would consume it):
 * the signature is over the raw bytes. A body over {@link #MAKS} bytes is refused with 413 unread.
 */
class BadanMentahFilter extends OncePerRequestFilter {

	/** Far above an SMS with its envelope; a gateway sends one message per callback. */
	static final int MAKS = 64 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAKS) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		byte[] badan = request.getInputStream().readNBytes(MAKS + 1);
		if (badan.length > MAKS) {
			response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public ServletInputStream getInputStream() {
				ByteArrayInputStream isi = new ByteArrayInputStream(badan);
				return new ServletInputStream() {

					@Override
					public int read() {
						return isi.read();
					}

					@Override
					public int read(byte[] b, int off, int len) {
						return isi.read(b, off, len);
					}

					@Override
					public boolean isFinished() {
						return isi.available() == 0;
					}

					@Override
					public boolean isReady() {
						return true;
					}

					@Override
					public void setReadListener(ReadListener listener) {
						throw new UnsupportedOperationException("the body is already read");
					}
				};
			}
		}, response);
	}
}
