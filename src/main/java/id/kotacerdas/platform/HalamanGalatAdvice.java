package id.kotacerdas.platform;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** On server-rendered pages a refused request shows the reason on an error page with its status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HalamanGalatAdvice {

	@ExceptionHandler(PermintaanDitolakException.class)
	ModelAndView ditolak(PermintaanDitolakException ex) {
		ModelAndView mav = new ModelAndView("galat-permintaan");
		mav.setStatus(ex.status());
		mav.addObject("kodePesan", ex.kodePesan());
		mav.addObject("argumen", ex.argumen());
		return mav;
	}

	/** A parameter value the page cannot use ({@code ?status=x}, {@code ?dari=kemarin}) names the parameter. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView parameterTidakValid(MethodArgumentTypeMismatchException ex) {
		return ditolak(new PermintaanDitolakException("galat.parameter-tidak-valid", ex.getName()));
	}
}
