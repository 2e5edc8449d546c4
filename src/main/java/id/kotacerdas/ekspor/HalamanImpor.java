package id.kotacerdas.ekspor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;

import id.kotacerdas.platform.PermintaanDitolakException;

/**
 * The web side of {@link ImporBertahap}: the steps of an import page (upload, check, apply) answer a refusal on the
 * page itself — its status, the reason in words as the model's {@code galat} — so the person keeps the form and reads
 * what to mend, rather than an error page.
 */
@Component
public class HalamanImpor {

	/** Refusals shown on the upload page: all but a person without the right (that is the error page's 403). */
	public static final Predicate<HttpStatus> KECUALI_TERLARANG = s -> s != HttpStatus.FORBIDDEN;

	/** Refusals shown on the check's page when applying: a refused row (409); anything else is the error page's. */
	public static final Predicate<HttpStatus> ADA_YANG_DITOLAK = s -> s == HttpStatus.CONFLICT;

	/** A step of the page: the view or redirect it answers with. */
	@FunctionalInterface
	public interface Langkah {

		String jalankan() throws IOException;
	}

	private final MessageSource pesan;

	HalamanImpor(MessageSource pesan) {
		this.pesan = pesan;
	}

	/**
	 * The uploaded file's content.
	 *
	 * @throws PermintaanDitolakException 400 with {@code kodeTanpaBerkas} when no file or an empty one was sent
	 */
	public static byte[] isi(MultipartFile berkas, String kodeTanpaBerkas) throws IOException {
		return wajibAda(berkas, kodeTanpaBerkas).getBytes();
	}

	/** The uploaded file as a stream, for a file checked and applied in one request (not kept in memory whole). */
	public static InputStream aliran(MultipartFile berkas, String kodeTanpaBerkas) throws IOException {
		return wajibAda(berkas, kodeTanpaBerkas).getInputStream();
	}

	private static MultipartFile wajibAda(MultipartFile berkas, String kodeTanpaBerkas) {
		if (berkas == null || berkas.isEmpty()) {
			throw new PermintaanDitolakException(kodeTanpaBerkas);
		}
		return berkas;
	}

	/**
	 * Runs the step; a refusal whose status {@code diHalaman} accepts answers {@code halaman} with that status and
	 * the reason as {@code galat}, any other passes on.
	 */
	public String langkah(Langkah langkah, Supplier<String> halaman, Predicate<HttpStatus> diHalaman, Model model, HttpServletResponse jawaban,
			Locale bahasa) throws IOException {
		try {
			return langkah.jalankan();
		}
		catch (PermintaanDitolakException ex) {
			if (!diHalaman.test(ex.status())) {
				throw ex;
			}
			jawaban.setStatus(ex.status().value());
			model.addAttribute("galat", pesan.getMessage(ex.kodePesan(), ex.argumen(), bahasa));
			return halaman.get();
		}
	}
}
