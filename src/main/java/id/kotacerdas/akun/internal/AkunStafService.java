package id.kotacerdas.akun.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import id.kotacerdas.akun.AkunStaf;
import id.kotacerdas.akun.Peran;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;

@Service
class AkunStafService implements AkunStaf {

	private static final String ATRIBUT = AkunStafService.class.getName() + ".akun";

	private final PenggunaRepository pengguna;

	private final TimRepository tim;

	AkunStafService(PenggunaRepository pengguna, TimRepository tim) {
		this.pengguna = pengguna;
		this.tim = tim;
	}

	@Override
	public Optional<Staf> stafSaatIni() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		return akunPermintaan(auth.getName()).filter(Pengguna::aktif).map(Pengguna::keStaf);
	}

	/**
	 * The account as stored now. The session check ({@link PenjagaSesi}), the shell and the
	 * controller all ask within one request: it is read once per request.
	 */
	Optional<Pengguna> akunPermintaan(String username) {
		RequestAttributes permintaan = RequestContextHolder.getRequestAttributes();
		if (permintaan != null && permintaan.getAttribute(ATRIBUT, RequestAttributes.SCOPE_REQUEST) instanceof Tersimpan t
				&& t.username().equals(username)) {
			return t.akun();
		}
		Optional<Pengguna> akun = pengguna.cariUsername(username);
		if (permintaan != null) {
			permintaan.setAttribute(ATRIBUT, new Tersimpan(username, akun), RequestAttributes.SCOPE_REQUEST);
		}
		return akun;
	}

	private record Tersimpan(String username, Optional<Pengguna> akun) {
	}

	@Override
	public Optional<TimTrc> tim(long id) {
		return tim.cari(id);
	}

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
		return pengguna.aktifDenganPeran(Peran.PETUGAS_TRC, null, timId).stream().map(Pengguna::keStaf).toList();
	}

	@Override
	public List<Staf> adminOpd(long opdId) {
		return pengguna.aktifDenganPeran(Peran.ADMIN_OPD, opdId, null).stream().map(Pengguna::keStaf).toList();
	}

	@Override
	public List<Staf> adminKominfo() {
		return pengguna.aktifDenganPeran(Peran.ADMIN_KOMINFO, null, null).stream().map(Pengguna::keStaf).toList();
	}
}
