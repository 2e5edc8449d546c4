package id.kotacerdas.platform;

import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** On server-rendered pages a refused request shows the reason on an error page with its status. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class HalamanGalatAdvice {

	@ExceptionHandler(PermintaanDitolakException.class)
	ModelAndView ditolak(PermintaanDitolakException ex, HttpServletRequest request, HttpServletResponse response) {
		if (ex instanceof CobaLagiNantiException nanti) {
			return HalamanCobaLagi.untuk(nanti, request, response);
		}
		ModelAndView mav = new ModelAndView("galat-permintaan");
		mav.setStatus(ex.status());
		mav.addObject("kodePesan", ex.kodePesan());
		mav.addObject("argumen", ex.argumen());
		return mav;
	}

	/** The database is unreachable: a service answer (503, try again), not a bug (500). */
	@ExceptionHandler({ DataAccessResourceFailureException.class, TransientDataAccessException.class,
			CannotCreateTransactionException.class, SQLTransientConnectionException.class, SQLNonTransientConnectionException.class })
	ModelAndView gangguan(Exception ex, HttpServletRequest request, HttpServletResponse response) {
		GangguanFilter.catat(request, ex);
		return HalamanCobaLagi.untuk(CobaLagiNantiException.gangguan(), request, response);
	}

	/** A parameter value the page cannot use ({@code ?status=x}, {@code ?dari=kemarin}) names the parameter. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView parameterTidakValid(MethodArgumentTypeMismatchException ex, HttpServletRequest request, HttpServletResponse response) {
		return ditolak(new PermintaanDitolakException("galat.parameter-tidak-valid", ex.getName()), request, response);
	}
}
