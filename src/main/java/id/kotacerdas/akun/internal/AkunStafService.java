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

	private static final String ATRIBUT = AkunStafService.class.getName() + ".staf";

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
		// The shell and the controller both ask within one request: read the account once per request.
		RequestAttributes permintaan = RequestContextHolder.getRequestAttributes();
		if (permintaan != null && permintaan.getAttribute(ATRIBUT, RequestAttributes.SCOPE_REQUEST) instanceof Tersimpan t
				&& t.username().equals(auth.getName())) {
			return t.staf();
		}
		Optional<Staf> staf = pengguna.cariUsername(auth.getName()).filter(Pengguna::aktif).map(Pengguna::keStaf);
		if (permintaan != null) {
			permintaan.setAttribute(ATRIBUT, new Tersimpan(auth.getName(), staf), RequestAttributes.SCOPE_REQUEST);
		}
		return staf;
	}

	private record Tersimpan(String username, Optional<Staf> staf) {
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
