package id.kotacerdas.akun.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import id.kotacerdas.akun.KeanggotaanTim;
import id.kotacerdas.akun.Staf;
import id.kotacerdas.akun.TimTrc;
import id.kotacerdas.opd.DaftarOpd;
import id.kotacerdas.opd.Opd;

@Service
class KeanggotaanTimService implements KeanggotaanTim {

	private final PenggunaRepository pengguna;

	private final PenggunaService layanan;

	private final TimRepository tim;

	private final DaftarOpd opd;

	KeanggotaanTimService(PenggunaRepository pengguna, PenggunaService layanan, TimRepository tim, DaftarOpd opd) {
		this.pengguna = pengguna;
		this.layanan = layanan;
		this.tim = tim;
		this.opd = opd;
	}

	@Override
	public List<TimTrc> timOpd(long opdId) {
		return tim.milikOpd(opdId);
	}

	@Override
	public Map<String, Staf> akunPegawai(Collection<String> nip) {
		return pengguna.cariNipSemua(nip).stream().collect(Collectors.toMap(Pengguna::nip, this::staf));
	}

	@Override
	public Staf aturTim(Staf aktor, long akunId, Long timId) {
		return staf(layanan.aturTim(aktor, akunId, timId));
	}

	private Staf staf(Pengguna p) {
		return p.keStaf(p.opdId() == null || opd.cari(p.opdId()).map(Opd::aktif).orElse(false));
	}
}
