package id.kotacerdas.dokumen;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Test support: reads the signature of a PDF and checks it independently of the signer — the byte
 * range covers the whole file but the signature itself, its SHA-256 is the CMS's message digest, and
 * the CMS verifies (BouncyCastle) with the certificate it carries.
 */
public final class TandaTanganPdf {

	/**
	 * @param subFilter the signature's sub-filter ({@code ETSI.CAdES.detached} for PAdES)
	 * @param penanda the signing certificate's subject
	 * @param rentangUtuh the byte range covers the file from its first to its last byte, but the signature's contents
	 * @param sidikCocok the SHA-256 of the signed bytes is the CMS's message-digest attribute
	 * @param cmsSah the CMS signature verifies with the certificate
	 * @param adaSigningCertificateV2 the ESS signing-certificate-v2 attribute PAdES requires
	 * @param adaSigningTime a CMS signing-time attribute (PAdES forbids it)
	 */
	public record Hasil(String subFilter, String penanda, boolean rentangUtuh, boolean sidikCocok, boolean cmsSah,
			boolean adaSigningCertificateV2, boolean adaSigningTime) {

		public boolean sah() {
			return rentangUtuh && sidikCocok && cmsSah;
		}
	}

	private TandaTanganPdf() {
	}

	/** The PDF's one signature, checked; fails when it has none or several. */
	public static Hasil periksa(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			List<PDSignature> semua = doc.getSignatureDictionaries();
			if (semua.size() != 1) {
				throw new AssertionError("expected one signature, found " + semua.size());
			}
			PDSignature ttd = semua.get(0);
			int[] r = ttd.getByteRange();
			boolean utuh = r.length == 4 && r[0] == 0 && r[1] < r[2] && r[2] + r[3] == pdf.length;
			byte[] ditandatangani = ttd.getSignedContent(pdf);
			// the contents are zero-padded to the reserved size: the CMS is the first DER object in them
			CMSSignedData cms;
			try (ASN1InputStream in = new ASN1InputStream(ttd.getContents(pdf))) {
				cms = new CMSSignedData(new CMSProcessableByteArray(ditandatangani), ContentInfo.getInstance(in.readObject()));
			}
			SignerInformation si = cms.getSignerInfos().getSigners().iterator().next();
			X509CertificateHolder sertifikat = (X509CertificateHolder) cms.getCertificates().getMatches(si.getSID()).iterator().next();
			byte[] digestTercatat = ASN1OctetString.getInstance(
					si.getSignedAttributes().get(CMSAttributes.messageDigest).getAttrValues().getObjectAt(0)).getOctets();
			boolean cocok = Arrays.equals(sha256(ditandatangani), digestTercatat);
			boolean sah;
			try {
				sah = si.verify(new JcaSimpleSignerInfoVerifierBuilder().build(sertifikat));
			}
			catch (CMSSignerDigestMismatchException ex) {
				sah = false;
			}
			return new Hasil(ttd.getSubFilter(), sertifikat.getSubject().toString(), utuh, cocok, sah,
					si.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null,
					si.getSignedAttributes().get(CMSAttributes.signingTime) != null);
		}
	}

	private static byte[] sha256(byte[] isi) throws NoSuchAlgorithmException {
		return MessageDigest.getInstance("SHA-256").digest(isi);
	}

	/** Page 1 as a PNG (for a person to look at), written to {@code target/}. */
	public static void gambar(byte[] pdf, java.nio.file.Path ke) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			java.awt.image.BufferedImage g = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 80);
			java.nio.file.Files.createDirectories(ke.getParent());
			javax.imageio.ImageIO.write(g, "png", ke.toFile());
		}
	}
}
