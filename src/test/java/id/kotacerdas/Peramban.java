package id.kotacerdas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Debian's Chromium driven by Playwright for Java, with no browser download, one per test class:
 * {@code @RegisterExtension static final Peramban peramban = new Peramban();}. Tests using it are
 * skipped only where {@code /usr/bin/chromium} is not installed (CI installs it).
 */
public final class Peramban implements BeforeAllCallback, AfterAllCallback {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private Playwright playwright;

	private Browser browser;

	@Override
	public void beforeAll(ExtensionContext context) {
		Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian chromium is not installed");
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
			.setExecutablePath(CHROMIUM)
			.setHeadless(true)
			.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
					"--disable-sync", "--no-first-run", "--disable-quic",
					// tests reach only this machine: other hosts (map tiles) fail at once instead of waiting on DNS
					"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost")));
	}

	public Browser browser() {
		return browser;
	}

	/** Opens the grouped staff menu of the page's bar, so its links can be clicked (a short menu is on the bar already). */
	public static void bukaMenuStaf(Page page) {
		if (page.locator(".menu-staf summary").count() > 0) {
			page.locator(".menu-staf summary").click();
		}
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (playwright != null) {
			browser.close();
			playwright.close();
		}
	}
}
