package io.leadflow.reporting;

import io.leadflow.lead.BuyingStage;
import io.leadflow.lead.LeadPage;
import io.leadflow.lead.Leads;
import io.leadflow.lead.LifecycleStage;
import io.leadflow.platform.UiController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** GET /leads: the marketers' lead list with filters, paging and a slot for bulk actions. */
@UiController
class LeadListController {

    private final Leads leads;

    LeadListController(Leads leads) {
        this.leads = leads;
    }

    @GetMapping("/leads")
    String list(LeadListForm form, Model model) {
        LeadPage page = leads.search(form.filter(), form.pageNumber(), form.pageSize());
        long pages = Math.max(1, (page.total() + page.size() - 1) / page.size());
        model.addAttribute("form", form);
        model.addAttribute("leadFilter", form.filter());
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("previousQuery", page.page() > 0 ? form.queryForPage(page.page() - 1) : null);
        model.addAttribute("nextQuery", page.page() + 1 < pages ? form.queryForPage(page.page() + 1) : null);
        model.addAttribute("invalidFields", form.invalidFields());
        model.addAttribute("stages", LifecycleStage.values());
        model.addAttribute("buyingStages", BuyingStage.values());
        return "leads";
    }
}
