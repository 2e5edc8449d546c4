package id.kotacerdas.akun.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords for the sign-in form and HTTP Basic alike, throttled so that guessing does not
 * pay and nobody can lock anyone else out:
 * <ul>
 * <li>an attempt is reserved in the database before its password is checked, so parallel requests
 * never check more passwords than the limit ({@link PercobaanMasukRepository#pesan});</li>
 * <li>limits count per (username, client address), with pauses doubling each time, and per
 * username from all addresses with a much higher ceiling; a stranger's failures do not lock the
 * owner out of their own device;</li>
 * <li>unknown, deactivated and existing accounts answer alike, and a dummy hash is checked for the
 * first two, so neither the message nor the time tells whether an account exists.</li>
 * </ul>
 */
@Component
class PenjagaMasuk implements AuthenticationProvider {

	/** Refused without checking the password: the key is paused or has its limit of attempts under way. */
	static final class TerlaluBanyakPercobaan extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		private final Duration tunggu;

		TerlaluBanyakPercobaan(Duration tunggu) {
			super("too many sign-in attempts");
			this.tunggu = tunggu;
		}

		Duration tunggu() {
			return tunggu;
		}
	}

	/** Stands for every username that cannot exist, so junk shares one counter per address. */
	private static final String TIDAK_SAH = "-";

	/** All addresses together. */
	private static final String SEMUA_ALAMAT = "";

	private static final Pattern USERNAME = Pattern.compile(PenggunaService.POLA_USERNAME);

	/** A name typed into the sign-in form is logged up to this length. */
	private static final int PANJANG_LOG = 100;

	private static final Duration SEDANG_DIPERIKSA = Duration.ofSeconds(1);

	/** IPv6 clients usually hold a whole /64; one of them counts as one address. */
	private static final int PREFIKS_IPV6_BYTE = 8;

	private static final Logger log = LoggerFactory.getLogger(PenjagaMasuk.class);

	private final DaoAuthenticationProvider sandi;

	private final PercobaanMasukRepository percobaan;

	private final AkunProperties.Masuk batas;

	private final Clock clock;

	PenjagaMasuk(PenggunaRepository pengguna, PasswordEncoder encoder, PercobaanMasukRepository percobaan, AkunProperties properti,
			Clock clock) {
		this.percobaan = percobaan;
		this.batas = properti.masuk();
		this.clock = clock;
		// Inactive accounts are "not found": the provider then checks a dummy hash, like for unknown names.
		this.sandi = new DaoAuthenticationProvider(username -> pengguna.kredensial(username)
			.filter(k -> k.pengguna().aktif())
			.map(k -> new AkunMasuk(k.pengguna(), k.hash()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown or inactive")));
		this.sandi.setPasswordEncoder(encoder);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication masukan) {
		String username = masukan.getName() == null ? "" : masukan.getName().strip().toLowerCase(Locale.ROOT);
		boolean sah = USERNAME.matcher(username).matches();
		String kunci = sah ? username : TIDAK_SAH;
		String alamat = alamat(masukan.getDetails());
		Instant sekarang = clock.instant();
		if (!percobaan.pesan(kunci, alamat, batas.batasPerAlamat(), sekarang)) {
			throw ditahan(kunci, alamat, sekarang);
		}
		if (!percobaan.pesan(kunci, SEMUA_ALAMAT, batas.batasPerAkun(), sekarang)) {
			percobaan.lepas(kunci, alamat);
			throw ditahan(kunci, SEMUA_ALAMAT, sekarang);
		}
		try {
			UsernamePasswordAuthenticationToken diperiksa = UsernamePasswordAuthenticationToken
				.unauthenticated(sah ? username : TIDAK_SAH, masukan.getCredentials());
			diperiksa.setDetails(masukan.getDetails());
			Authentication hasil = sandi.authenticate(diperiksa);
			percobaan.berhasil(kunci, alamat);
			percobaan.berhasil(kunci, SEMUA_ALAMAT);
			return hasil;
		}
		catch (InternalAuthenticationServiceException ex) {
			// the accounts could not be read: no verdict on the password, so nothing to count
			percobaan.lepas(kunci, alamat);
			percobaan.lepas(kunci, SEMUA_ALAMAT);
			throw ex;
		}
		catch (AuthenticationException ex) {
			Instant selesai = clock.instant();
			Optional<Instant> jeda = percobaan.gagal(kunci, alamat, batas.batasPerAlamat(), batas.jedaAwal(), batas.jedaMaks(), selesai);
			Optional<Instant> jedaAkun = percobaan.gagal(kunci, SEMUA_ALAMAT, batas.batasPerAkun(), batas.jedaAwal(), batas.jedaMaks(), selesai);
			log.info("Failed sign-in for '{}' from {}", username.length() <= PANJANG_LOG ? username : username.substring(0, PANJANG_LOG) + "…",
					alamat);
			jeda.ifPresent(t -> log.warn("Sign-in for '{}' from {} paused until {}", kunci, alamat, t));
			jedaAkun.ifPresent(t -> log.warn("Sign-in for '{}' from all addresses paused until {}", kunci, t));
			// one answer for a wrong password, an unknown and an inactive account
			throw new BadCredentialsException("bad credentials");
		}
	}

	/** Paused: until the pause ends; not paused but the limit of checks is under way: those take a moment. */
	private TerlaluBanyakPercobaan ditahan(String kunci, String alamat, Instant sekarang) {
		Duration tunggu = percobaan.blokirSampai(kunci, alamat, sekarang).map(t -> Duration.between(sekarang, t))
			.orElse(SEDANG_DIPERIKSA);
		return new TerlaluBanyakPercobaan(tunggu);
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void bersihkan() {
		percobaan.bersihkan(clock.instant());
	}

	static String alamat(Object rincian) {
		String alamat = rincian instanceof WebAuthenticationDetails w && w.getRemoteAddress() != null ? w.getRemoteAddress() : "?";
		if (alamat.indexOf(':') < 0) {
			return alamat;
		}
		try {
			byte[] b = InetAddress.getByName(alamat).getAddress();
			if (b.length == 16) {
				java.util.Arrays.fill(b, PREFIKS_IPV6_BYTE, 16, (byte) 0);
				return InetAddress.getByAddress(b).getHostAddress() + "/64";
			}
			return InetAddress.getByAddress(b).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return "?";
		}
	}
}
