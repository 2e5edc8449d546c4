package id.kotacerdas.akun.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;
import id.kotacerdas.platform.Peran;

@Service
class AkunStafService implements AkunStaf {

	private static final String ATRIBUT_AKUN = AkunStafService.class.getName() + ".akun";

	private static final String ATRIBUT_STAF = AkunStafService.class.getName() + ".staf";

	private final PenggunaRepository pengguna;

	private final TimTerkini tim;

	private final DaftarOpd opd;

	AkunStafService(PenggunaRepository pengguna, TimTerkini tim, DaftarOpd opd) {
		this.pengguna = pengguna;
		this.tim = tim;
		this.opd = opd;
	}

	/** An inactive account is nobody; an account of an inactive agency is a staff member who may see nothing. */
	@Override
	public Optional<Staf> stafSaatIni() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return sekaliPerPermintaan(ATRIBUT_STAF, auth.getName(), () -> akunPermintaan(auth.getName()).filter(Pengguna::aktif)
			.map(p -> p.keStaf(p.opdId() == null || opd.cari(p.opdId()).map(Opd::aktif).orElse(false))));
	}

	/**
	 * The account as stored now. The session check ({@link PenjagaSesi}), the shell and the
	 * controller all ask within one request: it is read once per request.
	 */
	Optional<Pengguna> akunPermintaan(String username) {
		return sekaliPerPermintaan(ATRIBUT_AKUN, username, () -> pengguna.cariUsername(username));
	}

	private static <T> Optional<T> sekaliPerPermintaan(String atribut, String username, Supplier<Optional<T>> baca) {
		RequestAttributes permintaan = RequestContextHolder.getRequestAttributes();
		if (permintaan != null && permintaan.getAttribute(atribut, RequestAttributes.SCOPE_REQUEST) instanceof Tersimpan<?> t
				&& t.username().equals(username)) {
			@SuppressWarnings("unchecked")
			Optional<T> nilai = (Optional<T>) t.nilai();
			return nilai;
		}
		Optional<T> nilai = baca.get();
		if (permintaan != null) {
			permintaan.setAttribute(atribut, new Tersimpan<>(username, nilai), RequestAttributes.SCOPE_REQUEST);
		}
		return nilai;
	}

	private record Tersimpan<T>(String username, Optional<T> nilai) {
	}

	@Override
	public Optional<TimTrc> tim(long id) {
		return tim.cari(id);
	}

	/** From the teams in memory ({@link TimTerkini}): routing a complaint costs no round trip. */
	@Override
	public Optional<TimTrc> timUntuk(long opdId, String kelurahanKode, String kecamatanKode) {
		List<TimTrc> daftar = tim.milikOpd(opdId);
		return daftar.stream().filter(t -> t.wilayah().contains(kelurahanKode)).findFirst()
			.or(() -> daftar.stream().filter(t -> t.wilayah().contains(kecamatanKode)).findFirst())
			.or(() -> daftar.stream().filter(TimTrc::utama).findFirst())
			.or(() -> daftar.stream().findFirst());
	}

	@Override
	public List<Staf> anggotaTim(long timId) {
		return aktif(pengguna.aktifDenganPeran(Peran.PETUGAS_TRC, null, timId));
	}

	@Override
	public List<Staf> adminOpd(long opdId) {
		return aktif(pengguna.aktifDenganPeran(Peran.ADMIN_OPD, opdId, null));
	}

	@Override
	public List<Staf> adminKominfo() {
		return aktif(pengguna.aktifDenganPeran(Peran.ADMIN_KOMINFO, null, null));
	}

	/** Of active accounts, those whose agency (if any) is active too: people of a closed agency are told nothing. */
	private List<Staf> aktif(List<Pengguna> akun) {
		Set<Long> opdAktif = opd.semua().stream().filter(Opd::aktif).map(Opd::id).collect(Collectors.toSet());
		return akun.stream().map(p -> p.keStaf(p.opdId() == null || opdAktif.contains(p.opdId()))).filter(Staf::aktif).toList();
	}
}
