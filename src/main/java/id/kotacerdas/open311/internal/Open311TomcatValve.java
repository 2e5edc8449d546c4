package id.kotacerdas.open311.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;

import jakarta.servlet.ServletException;

/**
 * Tomcat refuses some requests before any application code runs (an encoded {@code /} or a NUL
 * in the path) and would answer them with its own HTML page. For {@code /open311/} addresses this
 * engine valve writes the refusal in the Open311 error format instead; every other request passes
 * straight through.
 */
class Open311TomcatValve extends ValveBase {

	private final ObjectProvider<Penjawab> penjawab;

	Open311TomcatValve(ObjectProvider<Penjawab> penjawab) {
		super(true);
		this.penjawab = penjawab;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String uri = request.getRequestURI();
		if (response.isError() && uri != null && uri.startsWith("/open311/") && response.setErrorReported()) {
			Format format = Format.dariPath(uri);
			HttpStatus status = Open311Filter.statusOpen311(response.getStatus());
			Penjawab p = penjawab.getObject();
			// sendError suspended the response; lift that to write the error body (as Tomcat's ErrorReportValve does)
			response.setSuspended(false);
			byte[] tubuh = p.tubuhGalat(format, status, p.pesanStatus(status, Locale.forLanguageTag("id")));
			response.setStatus(status.value());
			response.setContentType(format.jenisIsi().toString());
			response.setCharacterEncoding("utf-8");
			response.setContentLength(tubuh.length);
			PrintWriter w = response.getReporter();
			if (w != null) {
				w.write(new String(tubuh, StandardCharsets.UTF_8));
				w.flush();
				response.finishResponse();
			}
			return;
		}
		getNext().invoke(request, response);
	}
}
