// Generated from templates/*/*.hbs by scripts/precompile-templates.mjs (handlebars 4.7.10): do not edit.
// Each spec is used only while its template's source still has the SHA-256 beside it.
/* eslint-disable */
export const HANDLEBARS_VERSION = '4.7.10'
export const TEMPLATES = {
  "en/appendix": {
    sha256: 'b44ed00b0f76d082cfde3870dc6718735cdf7d4b22384557e339a5778645fe92',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> Not in scope for this profile, so not answered: "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"excluded") || (depth0 != null ? lookupProperty(depth0,"excluded") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"excluded","hash":{},"data":data,"loc":{"start":{"line":7,"column":50},"end":{"line":7,"column":62}}}) : helper))) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Appendix A. Every answer\n\nOne row per applicable control, as answered. Notes longer than a few lines are shortened here; they are given in full in section 3. The complete evaluated result is attached to this PDF as posattest-result.json (open your reader's attachments panel, or run pdfdetach -saveall).\n\n@table answers\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"excluded") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/attestation": {
    sha256: 'b81c23646f20a488bfc2e751e156ca913dbc52f56543496d2054aa03b5abee67',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"aoc") : stack1)) != null ? lookupProperty(stack1,"not_answered") : stack1), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"address") : stack1), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"website") : stack1), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"phone") : stack1), depth0)) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Merchant id | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"business_description") : stack1), depth0)) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"channels_text") : stack1), depth0)) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"locations") : stack1),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"type") || (depth0 != null ? lookupProperty(depth0,"type") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"type","hash":{},"data":data,"loc":{"start":{"line":33,"column":2},"end":{"line":33,"column":10}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"count") || (depth0 != null ? lookupProperty(depth0,"count") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":33,"column":12},"end":{"line":33,"column":21}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"place") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":21},"end":{"line":33,"column":53}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " ("
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"place") || (depth0 != null ? lookupProperty(depth0,"place") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"place","hash":{},"data":data,"loc":{"start":{"line":33,"column":36},"end":{"line":33,"column":45}}}) : helper))) != null ? stack1 : "")
    + ")";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1),"location","locations",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":37,"column":29},"end":{"line":37,"column":85}}})) != null ? stack1 : "")
    + " (types not answered)\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"aoc") : stack1)) != null ? lookupProperty(stack1,"not_answered") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"devices") : stack1),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- PTS POI device "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"model") || (depth0 != null ? lookupProperty(depth0,"model") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"model","hash":{},"data":data,"loc":{"start":{"line":46,"column":17},"end":{"line":46,"column":26}}}) : helper))) != null ? stack1 : "")
    + ": approval "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"approval") || (depth0 != null ? lookupProperty(depth0,"approval") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"approval","hash":{},"data":data,"loc":{"start":{"line":46,"column":37},"end":{"line":46,"column":49}}}) : helper))) != null ? stack1 : "")
    + ", listing expires "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"expiry") || (depth0 != null ? lookupProperty(depth0,"expiry") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"expiry","hash":{},"data":data,"loc":{"start":{"line":46,"column":67},"end":{"line":46,"column":77}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"in_use") || (depth0 != null ? lookupProperty(depth0,"in_use") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"in_use","hash":{},"data":data,"loc":{"start":{"line":46,"column":79},"end":{"line":46,"column":89}}}) : helper))) != null ? stack1 : "")
    + " in use)\n";
},"16":function(container,depth0,helpers,partials,data) {
    return "- No terminal in use is listed in the inventory.\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- P2PE solution: listing "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":52,"column":25},"end":{"line":52,"column":125}}})) != null ? stack1 : "")
    + ", listing expires "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_expiry") : stack1),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":52,"column":143},"end":{"line":52,"column":251}}})) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1), depth0)) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_expiry") : stack1), depth0)) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"service_providers") : stack1),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":59,"column":9}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":58,"column":2},"end":{"line":58,"column":10}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"service") || (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"service","hash":{},"data":data,"loc":{"start":{"line":58,"column":12},"end":{"line":58,"column":23}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "The merchant confirmed every eligibility criterion of "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"confirmed") : stack1), depth0)) != null ? stack1 : "")
    + ".\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"determined") : stack1),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(26, data, 0),"data":data,"loc":{"start":{"line":67,"column":0},"end":{"line":74,"column":0}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! The merchant is not eligible for any short SAQ. A full SAQ D or an assessment by a QSA is needed; this self-assessment does not replace it.\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"unmet") : stack1),{"name":"each","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":71,"column":9}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- Not met, "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"26":function(container,depth0,helpers,partials,data) {
    return "> No SAQ eligibility was answered (answers written before catalog 1.1.0): the SAQ type is not determined.\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    return "not determined";
},"29":function(container,depth0,helpers,partials,data) {
    return "= Status | Compliant: every applicable requirement is in place, in place with a compensating control, or not applicable\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Status | Non-compliant: not every applicable requirement is met\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"target_date") : stack1),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":85,"column":7}}})) != null ? stack1 : "");
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Target date for compliance | "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"target_date") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"confirmed") : depth0),true,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":90,"column":6},"end":{"line":90,"column":25}}}),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.program(34, data, 0),"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":96,"column":7}}})) != null ? stack1 : "");
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- [confirmed] "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":91,"column":14},"end":{"line":91,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"confirmed") : depth0),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":92,"column":10},"end":{"line":92,"column":30}}}),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(36, data, 0),"data":data,"loc":{"start":{"line":92,"column":0},"end":{"line":96,"column":0}}})) != null ? stack1 : "");
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! [not confirmed] "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":93,"column":18},"end":{"line":93,"column":26}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- [not answered] "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":95,"column":17},"end":{"line":95,"column":25}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Name | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Title | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Date | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"38":function(container,depth0,helpers,partials,data) {
    return "! The executive officer's name, title and date are not answered.\n";
},"39":function(container,depth0,helpers,partials,data) {
    return "Every PCI DSS requirement below is compliant.\n";
},"40":function(container,depth0,helpers,partials,data) {
    return "The requirements marked No have gaps; the remediation plan (section 4) gives the steps for each control.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 7. Attestation of Compliance\n\nThis attestation follows the layout of the PCI DSS v4.0.1 SAQ Attestation of Compliance (AOC). It is filled from the answers and the evaluated result of this self-assessment; fields not answered say so.\n\n## Part 1. Contact information\n\n### Part 1a. Assessed merchant\n= Company name | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"legal_name") : stack1), depth0)) != null ? stack1 : "")
    + "\n= DBA (doing business as) | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":9,"column":28},"end":{"line":9,"column":142}}})) != null ? stack1 : "")
    + "\n= Mailing address | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"address") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":10,"column":20},"end":{"line":10,"column":124}}})) != null ? stack1 : "")
    + "\n= Website | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"website") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":11,"column":12},"end":{"line":11,"column":116}}})) != null ? stack1 : "")
    + "\n= Contact name | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Contact title | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Contact phone | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"phone") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":14,"column":18},"end":{"line":14,"column":122}}})) != null ? stack1 : "")
    + "\n= Contact e-mail | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"email") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "\n### Part 1b. Assessor\n= Internal assessor | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "\n= QSA company | Not applicable: a self-assessment, no Qualified Security Assessor involved\n\n## Part 2. Executive summary\n\n### Part 2a. Business and payment channels\n= Nature of the business | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"business_description") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":27,"column":27},"end":{"line":27,"column":129}}})) != null ? stack1 : "")
    + "\n= Payment channels | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"channels_text") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":28,"column":21},"end":{"line":28,"column":109}}})) != null ? stack1 : "")
    + "\n\n### Part 2d. Locations in scope\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"locations") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + "\n### Part 2e. PCI-validated products\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"devices") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":50,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_solution") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":51,"column":6},"end":{"line":51,"column":36}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "")
    + "\n### Part 2f. Third-party service providers\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"service_providers") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":62,"column":7}}})) != null ? stack1 : "")
    + "\n### Part 2h. Eligibility to complete the SAQ\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"eligible") : stack1),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":74,"column":7}}})) != null ? stack1 : "")
    + "\n## Part 3. PCI DSS validation\n= SAQ | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"eligible") : stack1),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(28, data, 0),"data":data,"loc":{"start":{"line":77,"column":8},"end":{"line":77,"column":78}}})) != null ? stack1 : "")
    + "\n= Completed on | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.program(30, data, 0),"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":86,"column":7}}})) != null ? stack1 : "")
    + "\n### Part 3a. Merchant acknowledgement\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"acknowledgements") : stack1),{"name":"each","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":97,"column":9}}})) != null ? stack1 : "")
    + "- This report does not contain a full card number; the answers were checked for card numbers in every disguise.\n\n### Part 3b. Merchant executive officer\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.program(38, data, 0),"data":data,"loc":{"start":{"line":101,"column":0},"end":{"line":107,"column":7}}})) != null ? stack1 : "")
    + "= Report issued | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"report_date") || (depth0 != null ? lookupProperty(depth0,"report_date") : depth0)) != null ? helper : alias3),(typeof helper === alias4 ? helper.call(alias2,{"name":"report_date","hash":{},"data":data,"loc":{"start":{"line":108,"column":18},"end":{"line":108,"column":33}}}) : helper))) != null ? stack1 : "")
    + "\n= Verdict | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "")
    + ", score "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : alias3),(typeof helper === alias4 ? helper.call(alias2,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":109,"column":37},"end":{"line":109,"column":51}}}) : helper))) != null ? stack1 : "")
    + " / 100\n\n@signature-line\n> When this PDF is digitally signed, the signature covers every page and the attached result file.\n\n## Part 4. Action plan for non-compliant requirements\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(39, data, 0),"inverse":container.program(40, data, 0),"data":data,"loc":{"start":{"line":115,"column":0},"end":{"line":119,"column":7}}})) != null ? stack1 : "")
    + "@table aoc-requirements\n";
},"useData":true},
  },
  "en/changes": {
    sha256: '3b4ef104d64e5252ed6c1975db7b6a7283c9d7caf06f7dcf694f74c72dd008b5',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Previous assessment | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_date") : stack1), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = lookupProperty(helpers,"lookup").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"verdict") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_verdict") : stack1),{"name":"lookup","hash":{},"data":data,"loc":{"start":{"line":4,"column":51},"end":{"line":4,"column":101}}})) != null ? stack1 : "")
    + ", score "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_score_text") : stack1), depth0)) != null ? stack1 : "")
    + "\n= This assessment | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "")
    + ", score "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias2,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":5,"column":66},"end":{"line":5,"column":80}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"score_delta_text") : stack1), depth0)) != null ? stack1 : "")
    + ")\n= Resolved | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":13},"end":{"line":6,"column":93}}})) != null ? stack1 : "")
    + "\n= New gaps | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":7,"column":13},"end":{"line":7,"column":93}}})) != null ? stack1 : "")
    + "\n= Still open | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"still_open") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":8,"column":15},"end":{"line":8,"column":99}}})) != null ? stack1 : "")
    + "\n= Controls added | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"added_controls") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":9,"column":19},"end":{"line":9,"column":111}}})) != null ? stack1 : "")
    + "\n= Controls removed | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"removed_controls") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":10,"column":21},"end":{"line":10,"column":117}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":6,"column":44},"end":{"line":6,"column":74}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "none";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":7,"column":44},"end":{"line":7,"column":74}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"still_open") : stack1),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":8,"column":48},"end":{"line":8,"column":80}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"added_controls") : stack1),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":9,"column":56},"end":{"line":9,"column":92}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"removed_controls") : stack1),", ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":10,"column":60},"end":{"line":10,"column":98}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "\n! New gaps were satisfied (or not assessed) last time: find out what changed.\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "There is no previous assessment to compare with. Keep this report's result file and pass it with --previous next time to see what changed.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 6. Changes since the previous assessment\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/compensating": {
    sha256: 'cc215e0dd24b712407c7bd1d309716fdb621558b76a3e556724884d2fac78260',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Controls answered In Place with CCW, each with its Compensating Controls Worksheet (PCI DSS Appendix B).\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"ccw") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":7,"column":10}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":11},"end":{"line":7,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\n= Constraints | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"constraint") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Definition | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"definition") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Objective | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"objective") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Identified risk | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"identified_risk") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Validation | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"validation") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Maintenance | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"maintenance") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"review_by") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Review by | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"review_by") || (depth0 != null ? lookupProperty(depth0,"review_by") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"review_by","hash":{},"data":data,"loc":{"start":{"line":15,"column":14},"end":{"line":15,"column":27}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "No control is answered In Place with CCW.\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Controls answered Not Applicable, with the reason each does not apply (the explanation PCI DSS asks for in the SAQ's Appendix C).\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"not_applicable") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":35,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":26,"column":4},"end":{"line":26,"column":10}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":26,"column":11},"end":{"line":26,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"justification") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Reason | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"justification") || (depth0 != null ? lookupProperty(depth0,"justification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"justification","hash":{},"data":data,"loc":{"start":{"line":28,"column":11},"end":{"line":28,"column":28}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"review_by") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "! No reason was given, so this answer counts as a gap.\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "No control is answered Not Applicable.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 5. Compensating controls and Not Applicable\n\n## Compensating controls\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + "\n## Not Applicable\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"not_applicable") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/control": {
    sha256: '16787c034ff9394a636daf217b20e438959bcccd7f20479d72e150991b1c403a',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · PCI DSS "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"pci_dss") || (depth0 != null ? lookupProperty(depth0,"pci_dss") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"pci_dss","hash":{},"data":data,"loc":{"start":{"line":1,"column":57},"end":{"line":1,"column":68}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"other_standards") || (depth0 != null ? lookupProperty(depth0,"other_standards") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"other_standards","hash":{},"data":data,"loc":{"start":{"line":1,"column":101},"end":{"line":1,"column":120}}}) : helper))) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Notes | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"notes") || (depth0 != null ? lookupProperty(depth0,"notes") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"notes","hash":{},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Justification | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"justification") || (depth0 != null ? lookupProperty(depth0,"justification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"justification","hash":{},"data":data,"loc":{"start":{"line":6,"column":18},"end":{"line":6,"column":35}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Owner | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":19}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"target_date") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":19},"end":{"line":9,"column":74}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", target date "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"target_date") || (depth0 != null ? lookupProperty(depth0,"target_date") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"target_date","hash":{},"data":data,"loc":{"start":{"line":9,"column":52},"end":{"line":9,"column":67}}}) : helper))) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Review by | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"review_by") || (depth0 != null ? lookupProperty(depth0,"review_by") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"review_by","hash":{},"data":data,"loc":{"start":{"line":12,"column":14},"end":{"line":12,"column":27}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "= Compensating control | worksheet in section 5\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Evidence\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"description") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":20,"column":45}}})) != null ? stack1 : "")
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"reference") || (depth0 != null ? lookupProperty(depth0,"reference") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"reference","hash":{},"data":data,"loc":{"start":{"line":20,"column":45},"end":{"line":20,"column":58}}}) : helper))) != null ? stack1 : "")
    + " (dated "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date") || (depth0 != null ? lookupProperty(depth0,"date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":20,"column":66},"end":{"line":20,"column":74}}}) : helper))) != null ? stack1 : "")
    + ")\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"sha256") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"description") || (depth0 != null ? lookupProperty(depth0,"description") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"description","hash":{},"data":data,"loc":{"start":{"line":20,"column":21},"end":{"line":20,"column":36}}}) : helper))) != null ? stack1 : "")
    + ": ";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> SHA-256 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"sha256") || (depth0 != null ? lookupProperty(depth0,"sha256") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sha256","hash":{},"data":data,"loc":{"start":{"line":22,"column":10},"end":{"line":22,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "> No evidence given.\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### Why this is a gap\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"reasons") : depth0),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"devices") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "! "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> Terminals concerned: "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"devices") || (depth0 != null ? lookupProperty(depth0,"devices") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"devices","hash":{},"data":data,"loc":{"start":{"line":34,"column":23},"end":{"line":34,"column":34}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Severity | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"severity_label") || (depth0 != null ? lookupProperty(depth0,"severity_label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"severity_label","hash":{},"data":data,"loc":{"start":{"line":1,"column":13},"end":{"line":1,"column":31}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"pci_dss") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":31},"end":{"line":1,"column":75}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"other_standards") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":75},"end":{"line":1,"column":127}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"justification") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"review_by") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"ccw") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"gap") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/cover": {
    sha256: '0e9357dabb86697ea76fd591ca51893fc5433e5484e7a2d7d92eaee4bac5244e',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Trading as | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Merchant id | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Acquirer id | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"acquirer_id") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Acquirer | "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"acquirer") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Country | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"country") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "Every one of the "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " applicable controls is in place, in place with a compensating control, or justified as not applicable.\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"gaps") : stack1), depth0)) != null ? stack1 : "")
    + " of the "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " applicable controls have gaps. The remediation plan (section 4) says what to do, who does it and by when.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "% "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":11}}}) : helper))) != null ? stack1 : "")
    + "\n> PCI DSS v4.0.1 · card-present terminals · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"role_label") || (depth0 != null ? lookupProperty(depth0,"role_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"role_label","hash":{},"data":data,"loc":{"start":{"line":2,"column":44},"end":{"line":2,"column":58}}}) : helper))) != null ? stack1 : "")
    + " self-assessment\n\n### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n\n= Legal name | "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"legal_name") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "= Role | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"role_label") || (depth0 != null ? lookupProperty(depth0,"role_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"role_label","hash":{},"data":data,"loc":{"start":{"line":10,"column":9},"end":{"line":10,"column":23}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"acquirer_id") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"acquirer") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"country") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + "= Period assessed | "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"start") : stack1), depth0)) != null ? stack1 : "")
    + " to "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"end") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Assessment date | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Assessor | "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + ", "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"email") : stack1), depth0)) != null ? stack1 : "")
    + ")\n= Control catalog | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + ", version "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"version") : stack1), depth0)) != null ? stack1 : "")
    + "\n= Report issued | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"report_date") || (depth0 != null ? lookupProperty(depth0,"report_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"report_date","hash":{},"data":data,"loc":{"start":{"line":27,"column":18},"end":{"line":27,"column":33}}}) : helper))) != null ? stack1 : "")
    + " by "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"generator") || (depth0 != null ? lookupProperty(depth0,"generator") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"generator","hash":{},"data":data,"loc":{"start":{"line":27,"column":37},"end":{"line":27,"column":50}}}) : helper))) != null ? stack1 : "")
    + "\n\n@verdict\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/findings": {
    sha256: '373f9d514256786be48b1f3a43b11575273e068d47c5c16645874acd56ae0559',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"applicable") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"applicable") || (depth0 != null ? lookupProperty(depth0,"applicable") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":8,"column":2},"end":{"line":8,"column":16}}}) : helper))) != null ? stack1 : "")
    + " applicable · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"satisfied") || (depth0 != null ? lookupProperty(depth0,"satisfied") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"satisfied","hash":{},"data":data,"loc":{"start":{"line":8,"column":30},"end":{"line":8,"column":43}}}) : helper))) != null ? stack1 : "")
    + " satisfied · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"gaps") || (depth0 != null ? lookupProperty(depth0,"gaps") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"gaps","hash":{},"data":data,"loc":{"start":{"line":8,"column":56},"end":{"line":8,"column":64}}}) : helper))) != null ? stack1 : "")
    + " with gaps · score "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":8,"column":83},"end":{"line":8,"column":97}}}) : helper))) != null ? stack1 : "")
    + "\n@controls "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "> No control of this domain applies to this profile.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 3. Findings by domain\n\nEvery applicable control, with the answer given, the notes, the evidence offered (each file with its date and SHA-256 fingerprint) and, where the control is a gap, why it counts as one.\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"domains") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/remediation-item": {
    sha256: '95933585577bde0f3c1eafdeb48c562af72cf1f834ae1c0fd47809ae1769cf77',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":1,"column":23},"end":{"line":1,"column":32}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"owner_missing") : stack1), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Sites | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"sites") || (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sites","hash":{},"data":data,"loc":{"start":{"line":3,"column":10},"end":{"line":3,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Owner's target | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"target_date") || (depth0 != null ? lookupProperty(depth0,"target_date") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"target_date","hash":{},"data":data,"loc":{"start":{"line":7,"column":19},"end":{"line":7,"column":34}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "! The owner's target date is after the due date: agree an earlier date or record why the gap can wait.\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"inc")||(depth0 && lookupProperty(depth0,"inc"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Owner | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":10},"end":{"line":1,"column":71}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"sites") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + "= Due date | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"due_date") || (depth0 != null ? lookupProperty(depth0,"due_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due_date","hash":{},"data":data,"loc":{"start":{"line":5,"column":13},"end":{"line":5,"column":25}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"priority") || (depth0 != null ? lookupProperty(depth0,"priority") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"priority","hash":{},"data":data,"loc":{"start":{"line":5,"column":27},"end":{"line":5,"column":39}}}) : helper))) != null ? stack1 : "")
    + ", "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"severity_label") || (depth0 != null ? lookupProperty(depth0,"severity_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"severity_label","hash":{},"data":data,"loc":{"start":{"line":5,"column":41},"end":{"line":5,"column":59}}}) : helper))) != null ? stack1 : "")
    + ")\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"target_date") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"target_after_due") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"steps") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/remediation": {
    sha256: 'b4aad5bd687d4a7a8dee98432e8e0552b0dda4fc714df9f485e523a05ec7b3ec',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),"gap needs","gaps need",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":4,"column":23},"end":{"line":4,"column":76}}})) != null ? stack1 : "")
    + " closing before the assessment can be compliant. Work through them in order: P1 (critical) first. Each due date is the assessment date plus the catalog's deadline for the control's severity; an owner's own target date is shown beside it, and flagged when it is later.\n\n@table remediation\n\n## Actions\n@remediation\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "Nothing to remediate: every applicable control is satisfied.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 4. Remediation plan\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/scope": {
    sha256: 'db0c3fda81d5aa37121e94ce222640b074b41898e7ec60d6c5992e2fb54caa7b',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    return "deploys as an acquirer";
},"1":function(container,depth0,helpers,partials,data) {
    return "uses as a merchant";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Terminals reach the processor over: "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"connections_text") : stack1), depth0)) != null ? stack1 : "")
    + ".\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- A PCI-listed point-to-point encryption (P2PE) solution protects every terminal"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":80},"end":{"line":10,"column":156}}})) != null ? stack1 : "")
    + ".\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " (listing "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1), depth0)) != null ? stack1 : "")
    + ")";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_solution") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":11,"column":10},"end":{"line":11,"column":41}}}),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":0}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    return "- No PCI-listed P2PE solution is used.\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "- Card data is stored electronically.\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"stores_card_data_electronically") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":16,"column":10},"end":{"line":16,"column":59}}}),{"name":"if","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":0}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    return "- No card data is stored electronically.\n";
},"10":function(container,depth0,helpers,partials,data) {
    return "- Paper carrying card data (receipts, forms) is kept.\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"keeps_paper_records") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":21,"column":10},"end":{"line":21,"column":47}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":0}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    return "- No paper carrying card data is kept.\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- Terminals are used at "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1),"location","locations",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":25,"column":51},"end":{"line":25,"column":107}}})) != null ? stack1 : "")
    + ".\n";
},"14":function(container,depth0,helpers,partials,data) {
    return "- A third party installs or repairs the terminals.\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"third_party_servicing") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":29,"column":10},"end":{"line":29,"column":49}}}),{"name":"if","hash":{},"fn":container.program(16, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":0}}})) != null ? stack1 : "");
},"16":function(container,depth0,helpers,partials,data) {
    return "- Only the entity's own staff install or repair terminals.\n";
},"17":function(container,depth0,helpers,partials,data) {
    return "- Some terminals are carried to the customer (pay at table, delivery).\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"mobile_terminals") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":34,"column":10},"end":{"line":34,"column":44}}}),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":0}}})) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    return "- No terminal is carried to the customer.\n";
},"20":function(container,depth0,helpers,partials,data) {
    return "- Some terminals run unattended (kiosks, fuel pumps).\n";
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"unattended_terminals") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":39,"column":10},"end":{"line":39,"column":48}}}),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":41,"column":0}}})) != null ? stack1 : "");
},"22":function(container,depth0,helpers,partials,data) {
    return "- No terminal runs unattended.\n";
},"23":function(container,depth0,helpers,partials,data) {
    return "- Terminal software is pushed over the network by a terminal-management system.\n";
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_updates") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":44,"column":10},"end":{"line":44,"column":42}}}),{"name":"if","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":0}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    return "- Terminal software is not updated remotely.\n";
},"26":function(container,depth0,helpers,partials,data) {
    return "- Terminal keys are loaded remotely.\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_key_injection") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":49,"column":10},"end":{"line":49,"column":48}}}),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":51,"column":0}}})) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    return "- Terminal keys are loaded in a key-injection facility, not remotely.\n";
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- The acquirer deploys terminals for "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"merchant_count") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"merchant_count") : stack1),"merchant","merchants",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":53,"column":64},"end":{"line":53,"column":120}}})) != null ? stack1 : "")
    + ".\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> Controls not in scope for this profile: "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"excluded") || (depth0 != null ? lookupProperty(depth0,"excluded") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"excluded","hash":{},"data":data,"loc":{"start":{"line":57,"column":42},"end":{"line":57,"column":54}}}) : helper))) != null ? stack1 : "")
    + ".\n";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"total") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"total") : stack1),"terminal","terminals",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":62,"column":27},"end":{"line":62,"column":83}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_use") : stack1), depth0)) != null ? stack1 : "")
    + " in use, "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"spare") : stack1), depth0)) != null ? stack1 : "")
    + " spare, "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_repair") : stack1), depth0)) != null ? stack1 : "")
    + " in repair, "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"retired") : stack1), depth0)) != null ? stack1 : "")
    + " retired.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":63,"column":6},"end":{"line":63,"column":37}}}),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":66,"column":6},"end":{"line":66,"column":38}}}),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "")
    + "\nThis report lists an inventory of up to "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"listed_max") : stack1), depth0)) != null ? stack1 : "")
    + " terminals one by one. This one is longer: the tables below count its terminals by make and model, by site and by state, and the whole inventory is attached to this PDF as "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"attachment") : stack1), depth0)) != null ? stack1 : "")
    + " (CSV, one row per terminal, with the controls whose findings name it).\n\n### By make and model\n@table inventory-models\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_model_more") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":74,"column":6},"end":{"line":74,"column":44}}}),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":76,"column":7}}})) != null ? stack1 : "")
    + "\n### By site\n@table inventory-sites\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_site_more") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":80,"column":6},"end":{"line":80,"column":43}}}),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + "\n### By state\n@table inventory-states\n\n### Terminals with findings\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_total") : stack1),{"name":"if","hash":{},"fn":container.program(36, data, 0),"inverse":container.program(38, data, 0),"data":data,"loc":{"start":{"line":88,"column":0},"end":{"line":96,"column":7}}})) != null ? stack1 : "");
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1),"terminal has","terminals have",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":64,"column":31},"end":{"line":64,"column":98}}})) != null ? stack1 : "")
    + " a PCI PTS approval that had expired by the assessment date.\n";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1),"terminal has","terminals have",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":67,"column":32},"end":{"line":67,"column":100}}})) != null ? stack1 : "")
    + " a PCI PTS approval that expires within 12 months of the assessment date: plan the replacement.\n";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> … and "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_model_more") : stack1), depth0)) != null ? stack1 : "")
    + " more "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_model_more") : stack1),"model","models",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":75,"column":49},"end":{"line":75,"column":108}}})) != null ? stack1 : "")
    + " (in the attached inventory).\n";
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> … and "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_site_more") : stack1), depth0)) != null ? stack1 : "")
    + " more "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_site_more") : stack1),"site","sites",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":81,"column":48},"end":{"line":81,"column":104}}})) != null ? stack1 : "")
    + " (in the attached inventory).\n";
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_total") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_total") : stack1),"terminal is","terminals are",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":89,"column":36},"end":{"line":89,"column":108}}})) != null ? stack1 : "")
    + " named by a control's finding or "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_total") : stack1),"has","have",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":89,"column":141},"end":{"line":89,"column":196}}})) != null ? stack1 : "")
    + " a PCI PTS approval that has expired or expires within 12 months (shaded).\n@table inventory-flagged\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias2).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_more") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":91,"column":6},"end":{"line":91,"column":43}}}),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":91,"column":0},"end":{"line":93,"column":7}}})) != null ? stack1 : "");
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> … and "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_more") : stack1), depth0)) != null ? stack1 : "")
    + " more (in the attached inventory, column findings).\n";
},"38":function(container,depth0,helpers,partials,data) {
    return "No terminal is named by a finding.\n";
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.program(43, data, 0),"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":108,"column":0}}})) != null ? stack1 : "");
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"total") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"total") : stack1),"terminal","terminals",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":98,"column":27},"end":{"line":98,"column":83}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_use") : stack1), depth0)) != null ? stack1 : "")
    + " in use, "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"spare") : stack1), depth0)) != null ? stack1 : "")
    + " spare, "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_repair") : stack1), depth0)) != null ? stack1 : "")
    + " in repair, "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"retired") : stack1), depth0)) != null ? stack1 : "")
    + " retired.\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":99,"column":6},"end":{"line":99,"column":37}}}),{"name":"if","hash":{},"fn":container.program(41, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":99,"column":0},"end":{"line":101,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":102,"column":6},"end":{"line":102,"column":38}}}),{"name":"if","hash":{},"fn":container.program(42, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":102,"column":0},"end":{"line":104,"column":7}}})) != null ? stack1 : "")
    + "@table inventory\n";
},"41":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1),"terminal has","terminals have",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":100,"column":31},"end":{"line":100,"column":98}}})) != null ? stack1 : "")
    + " a PCI PTS approval that had expired by the assessment date (shaded red).\n";
},"42":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1),"terminal has","terminals have",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":103,"column":32},"end":{"line":103,"column":100}}})) != null ? stack1 : "")
    + " a PCI PTS approval that expires within 12 months of the assessment date (shaded amber): plan the replacement.\n";
},"43":function(container,depth0,helpers,partials,data) {
    return "The inventory is empty.\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 2. Scope\n\nThis self-assessment covers the card terminals that "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"legal_name") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"role") : stack1),"acquirer",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":3,"column":91},"end":{"line":3,"column":122}}}),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":85},"end":{"line":3,"column":179}}})) != null ? stack1 : "")
    + " from "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"start") : stack1), depth0)) != null ? stack1 : "")
    + " to "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"end") : stack1), depth0)) != null ? stack1 : "")
    + ", answered against the "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + " catalog, version "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"version") : stack1), depth0)) != null ? stack1 : "")
    + ". The facts below decide which controls apply.\n\n## Environment\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"connections_text") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_solution") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":36}}}),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(5, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"stores_card_data_electronically") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":14,"column":6},"end":{"line":14,"column":54}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"keeps_paper_records") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":19,"column":6},"end":{"line":19,"column":42}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"third_party_servicing") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":27,"column":6},"end":{"line":27,"column":44}}}),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(15, data, 0),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"mobile_terminals") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":32,"column":6},"end":{"line":32,"column":39}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.program(18, data, 0),"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"unattended_terminals") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":37,"column":6},"end":{"line":37,"column":43}}}),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.program(21, data, 0),"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_updates") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":42,"column":6},"end":{"line":42,"column":37}}}),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.program(24, data, 0),"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_key_injection") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":47,"column":6},"end":{"line":47,"column":43}}}),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.program(27, data, 0),"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":51,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"merchant_count") : stack1),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":54,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"excluded") : depth0),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":58,"column":7}}})) != null ? stack1 : "")
    + "\n## Terminal inventory\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.program(39, data, 0),"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":108,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/sites": {
    sha256: 'bbd8b0736977090b1e965d9b6132ec95210866cd2298e89369b2c0d60e882e58',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Findings by site\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"list") : stack1),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"gaps") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":11,"column":4},"end":{"line":11,"column":10}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":11,"column":11},"end":{"line":11,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n> "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"address") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":2},"end":{"line":12,"column":38}}})) != null ? stack1 : "")
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"terminals") || (depth0 != null ? lookupProperty(depth0,"terminals") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"terminals","hash":{},"data":data,"loc":{"start":{"line":12,"column":38},"end":{"line":12,"column":51}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"terminals") : depth0),"terminal","terminals",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":12,"column":52},"end":{"line":12,"column":95}}})) != null ? stack1 : "")
    + " · score "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":12,"column":104},"end":{"line":12,"column":118}}}) : helper))) != null ? stack1 : "")
    + " · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"verdict_label") || (depth0 != null ? lookupProperty(depth0,"verdict_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"verdict_label","hash":{},"data":data,"loc":{"start":{"line":12,"column":121},"end":{"line":12,"column":138}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"gaps") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"address") || (depth0 != null ? lookupProperty(depth0,"address") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":12,"column":17},"end":{"line":12,"column":28}}}) : helper))) != null ? stack1 : "")
    + " · ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"priority") || (depth0 != null ? lookupProperty(depth0,"priority") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"priority","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":14}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"control_id") || (depth0 != null ? lookupProperty(depth0,"control_id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"control_id","hash":{},"data":data,"loc":{"start":{"line":14,"column":15},"end":{"line":14,"column":29}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":14,"column":30},"end":{"line":14,"column":39}}}) : helper))) != null ? stack1 : "")
    + ": "
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reasons") : depth0)," ",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":14,"column":41},"end":{"line":14,"column":61}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"devices") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":61},"end":{"line":14,"column":107}}})) != null ? stack1 : "")
    + " Owner: "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":14,"column":115},"end":{"line":14,"column":164}}})) != null ? stack1 : "")
    + "; due "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"due_date") || (depth0 != null ? lookupProperty(depth0,"due_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due_date","hash":{},"data":data,"loc":{"start":{"line":14,"column":170},"end":{"line":14,"column":182}}}) : helper))) != null ? stack1 : "")
    + ".\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " Terminals: "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"devices") || (depth0 != null ? lookupProperty(depth0,"devices") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"devices","hash":{},"data":data,"loc":{"start":{"line":14,"column":88},"end":{"line":14,"column":99}}}) : helper))) != null ? stack1 : "")
    + ".";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":14,"column":128},"end":{"line":14,"column":137}}}) : helper))) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "not assigned";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "No gaps at "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"compliant_count") : stack1), depth0)) != null ? stack1 : "")
    + " "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"compliant_count") : stack1),"site","sites",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":21,"column":37},"end":{"line":21,"column":84}}})) != null ? stack1 : "")
    + ": "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"compliant_list") : stack1), depth0)) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# Sites\n\n"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":15}}}) : helper))) != null ? stack1 : "")
    + " is assessed as one organisation with "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"list") : stack1)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " sites. The organisation-wide answers (policies, training, the incident plan) hold at every site; each site lists its own terminals and answers the per-site controls (inspections, seals, local servicing) itself where it differs. A site is compliant only when every applicable control is satisfied there, and the organisation only when every site is.\n\n@table sites\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"with_gaps_count") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"compliant_count") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "en/summary": {
    sha256: '7506fea1b7032b21168684ac766cfdafc8b2e92fc95ddc77dfb6889718a92891',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":15}}}) : helper))) != null ? stack1 : "")
    + " meets every applicable control of the "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + " catalog for its card terminals. The assessment is compliant; the controls must be kept working and assessed again within twelve months.\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":15}}}) : helper))) != null ? stack1 : "")
    + " does not yet meet "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"gaps") : stack1), depth0)) != null ? stack1 : "")
    + " of the "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " applicable controls of the "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + " catalog for its card terminals, so the assessment is non-compliant. Each gap has an owner and a due date in the remediation plan (section 4).\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= Since last time | Score "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_score_text") : stack1), depth0)) != null ? stack1 : "")
    + " on "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_date") : stack1), depth0)) != null ? stack1 : "")
    + ", now "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : alias3),(typeof helper === "function" ? helper.call(alias2,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":14,"column":92},"end":{"line":14,"column":106}}}) : helper))) != null ? stack1 : "")
    + " ("
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"score_delta_text") : stack1), depth0)) != null ? stack1 : "")
    + "); "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " resolved, "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " new "
    + ((stack1 = (lookupProperty(helpers,"plural")||(depth0 && lookupProperty(depth0,"plural"))||alias3).call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),"gap","gaps",{"name":"plural","hash":{},"data":data,"loc":{"start":{"line":14,"column":209},"end":{"line":14,"column":256}}})) != null ? stack1 : "")
    + " (section 6)\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## Most urgent\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"remediation") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p1") : stack1),0,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":27,"column":6},"end":{"line":27,"column":22}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"priority") : depth0),"P1",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":23,"column":6},"end":{"line":23,"column":24}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"control_id") || (depth0 != null ? lookupProperty(depth0,"control_id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"control_id","hash":{},"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":24,"column":16}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":24,"column":17},"end":{"line":24,"column":26}}}) : helper))) != null ? stack1 : "")
    + ": due "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"due_date") || (depth0 != null ? lookupProperty(depth0,"due_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due_date","hash":{},"data":data,"loc":{"start":{"line":24,"column":32},"end":{"line":24,"column":44}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":44},"end":{"line":24,"column":81}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ", owner "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":24,"column":65},"end":{"line":24,"column":74}}}) : helper))) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "No critical gaps. The first items of the remediation plan are due from "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"due_date") : stack1), depth0)) != null ? stack1 : "")
    + ".\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 1. Executive summary\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + "\n= Overall score | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":9,"column":18},"end":{"line":9,"column":32}}}) : helper))) != null ? stack1 : "")
    + " out of 100: the severity-weighted share of applicable controls that are satisfied\n= Controls | "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " applicable; "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"excluded") : stack1), depth0)) != null ? stack1 : "")
    + " not in scope for this profile\n= Answers | "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"in_place") : stack1), depth0)) != null ? stack1 : "")
    + " In Place, "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"in_place_ccw") : stack1), depth0)) != null ? stack1 : "")
    + " In Place with CCW, "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"not_applicable") : stack1), depth0)) != null ? stack1 : "")
    + " Not Applicable, "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"not_in_place") : stack1), depth0)) != null ? stack1 : "")
    + " Not in Place, "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"unanswered") : stack1), depth0)) != null ? stack1 : "")
    + " unanswered\n= Gaps by priority | P1 (critical): "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p1") : stack1), depth0)) != null ? stack1 : "")
    + " · P2 (high): "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1), depth0)) != null ? stack1 : "")
    + " · P3 (medium): "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p3") : stack1), depth0)) != null ? stack1 : "")
    + " · P4 (low): "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p4") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "\n## Score by domain\n@chart\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/appendix": {
    sha256: '36653d5172d8703b1a7f2837c2bf7cae3f7541595ce6561249c8af8b587321e2',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> 因业务情况不在范围内、因而未作答的控制项："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"excluded") || (depth0 != null ? lookupProperty(depth0,"excluded") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"excluded","hash":{},"data":data,"loc":{"start":{"line":7,"column":23},"end":{"line":7,"column":35}}}) : helper))) != null ? stack1 : "")
    + "。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 附录 A. 全部回答\n\n每项适用控制一行，按所作回答列出。较长的备注在此处有所删节，完整内容见第 3 节。完整的评估结果作为附件 posattest-result.json 附于本 PDF（可在阅读器的附件面板中打开，或运行 pdfdetach -saveall）。\n\n@table answers\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"excluded") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/attestation": {
    sha256: 'a0bdacaf65e1d9e448304f5a4a3aca1ca16b0d23f85dfd0aa2d3c0d4b7250c44',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1), depth0)) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"aoc") : stack1)) != null ? lookupProperty(stack1,"not_answered") : stack1), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"address") : stack1), depth0)) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"website") : stack1), depth0)) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"phone") : stack1), depth0)) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 商户号 | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"business_description") : stack1), depth0)) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"channels_text") : stack1), depth0)) != null ? stack1 : "");
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"locations") : stack1),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":34,"column":9}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"type") || (depth0 != null ? lookupProperty(depth0,"type") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"type","hash":{},"data":data,"loc":{"start":{"line":33,"column":2},"end":{"line":33,"column":10}}}) : helper))) != null ? stack1 : "")
    + "："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"count") || (depth0 != null ? lookupProperty(depth0,"count") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"count","hash":{},"data":data,"loc":{"start":{"line":33,"column":11},"end":{"line":33,"column":20}}}) : helper))) != null ? stack1 : "")
    + " 个"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"place") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":22},"end":{"line":33,"column":53}}})) != null ? stack1 : "")
    + "\n";
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"place") || (depth0 != null ? lookupProperty(depth0,"place") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"place","hash":{},"data":data,"loc":{"start":{"line":33,"column":36},"end":{"line":33,"column":45}}}) : helper))) != null ? stack1 : "")
    + "）";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":36,"column":0},"end":{"line":40,"column":7}}})) != null ? stack1 : "");
},"12":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1), depth0)) != null ? stack1 : "")
    + " 个营业地点（类型未填写）\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"aoc") : stack1)) != null ? lookupProperty(stack1,"not_answered") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"14":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"devices") : stack1),{"name":"each","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":45,"column":0},"end":{"line":47,"column":9}}})) != null ? stack1 : "");
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- PTS POI 设备 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"model") || (depth0 != null ? lookupProperty(depth0,"model") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"model","hash":{},"data":data,"loc":{"start":{"line":46,"column":13},"end":{"line":46,"column":22}}}) : helper))) != null ? stack1 : "")
    + "：认证编号 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"approval") || (depth0 != null ? lookupProperty(depth0,"approval") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"approval","hash":{},"data":data,"loc":{"start":{"line":46,"column":28},"end":{"line":46,"column":40}}}) : helper))) != null ? stack1 : "")
    + "，PTS 认证到期日 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"expiry") || (depth0 != null ? lookupProperty(depth0,"expiry") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"expiry","hash":{},"data":data,"loc":{"start":{"line":46,"column":51},"end":{"line":46,"column":61}}}) : helper))) != null ? stack1 : "")
    + "（使用中 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"in_use") || (depth0 != null ? lookupProperty(depth0,"in_use") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"in_use","hash":{},"data":data,"loc":{"start":{"line":46,"column":66},"end":{"line":46,"column":76}}}) : helper))) != null ? stack1 : "")
    + " 台）\n";
},"16":function(container,depth0,helpers,partials,data) {
    return "- 终端清单中没有使用中的终端。\n";
},"17":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- P2PE 方案：列名编号 "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":52,"column":15},"end":{"line":52,"column":115}}})) != null ? stack1 : "")
    + "，列名到期日 "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_expiry") : stack1),{"name":"if","hash":{},"fn":container.program(19, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":52,"column":122},"end":{"line":52,"column":230}}})) != null ? stack1 : "")
    + "\n";
},"18":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1), depth0)) != null ? stack1 : "");
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_expiry") : stack1), depth0)) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"service_providers") : stack1),{"name":"each","hash":{},"fn":container.program(21, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":57,"column":0},"end":{"line":59,"column":9}}})) != null ? stack1 : "");
},"21":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":58,"column":2},"end":{"line":58,"column":10}}}) : helper))) != null ? stack1 : "")
    + "："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"service") || (depth0 != null ? lookupProperty(depth0,"service") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"service","hash":{},"data":data,"loc":{"start":{"line":58,"column":11},"end":{"line":58,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "商户已确认 "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "")
    + " 的全部资格条件："
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"confirmed") : stack1), depth0)) != null ? stack1 : "")
    + "。\n";
},"23":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"determined") : stack1),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(26, data, 0),"data":data,"loc":{"start":{"line":67,"column":0},"end":{"line":74,"column":0}}})) != null ? stack1 : "");
},"24":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! 商户不符合任何一种简化 SAQ 的条件，需要填写完整的 SAQ D 或由 QSA 进行评估；本次自评估不能替代。\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"unmet") : stack1),{"name":"each","hash":{},"fn":container.program(25, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":69,"column":0},"end":{"line":71,"column":9}}})) != null ? stack1 : "");
},"25":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "- 未满足："
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"26":function(container,depth0,helpers,partials,data) {
    return "> 未回答 SAQ 资格问题（答卷按 1.1.0 之前的目录填写）：SAQ 类型未确定。\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "");
},"28":function(container,depth0,helpers,partials,data) {
    return "未确定";
},"29":function(container,depth0,helpers,partials,data) {
    return "= 状态 | 合规：所有适用要求均已落实、通过补偿性控制落实或不适用\n";
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 状态 | 不合规：并非所有适用要求均已满足\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"target_date") : stack1),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":83,"column":0},"end":{"line":85,"column":7}}})) != null ? stack1 : "");
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 达到合规的目标日期 | "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"target_date") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"confirmed") : depth0),true,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":90,"column":6},"end":{"line":90,"column":25}}}),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.program(34, data, 0),"data":data,"loc":{"start":{"line":90,"column":0},"end":{"line":96,"column":7}}})) != null ? stack1 : "");
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- [已确认] "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":91,"column":8},"end":{"line":91,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"confirmed") : depth0),false,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":92,"column":10},"end":{"line":92,"column":30}}}),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.program(36, data, 0),"data":data,"loc":{"start":{"line":92,"column":0},"end":{"line":96,"column":0}}})) != null ? stack1 : "");
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! [未确认] "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":93,"column":8},"end":{"line":93,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"36":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- [未填写] "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"text") || (depth0 != null ? lookupProperty(depth0,"text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"text","hash":{},"data":data,"loc":{"start":{"line":95,"column":8},"end":{"line":95,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 姓名 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 职务 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 日期 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"38":function(container,depth0,helpers,partials,data) {
    return "! 未填写高级管理人员的姓名、职务和日期。\n";
},"39":function(container,depth0,helpers,partials,data) {
    return "下列各项 PCI DSS 要求均合规。\n";
},"40":function(container,depth0,helpers,partials,data) {
    return "标为“否”的要求存在差距；各控制项的整改步骤见整改计划（第 4 节）。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, alias4="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 7. 合规证明（AOC）\n\n本合规证明按照 PCI DSS v4.0.1 SAQ《合规证明》（AOC）的格式编排，内容取自本次自评估的回答和评估结果；未填写的项目如实注明。\n\n## 第 1 部分　联系信息\n\n### 第 1a 部分　被评估商户\n= 公司名称 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"legal_name") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 经营名称 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":9,"column":9},"end":{"line":9,"column":123}}})) != null ? stack1 : "")
    + "\n= 通信地址 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"address") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":10,"column":9},"end":{"line":10,"column":113}}})) != null ? stack1 : "")
    + "\n= 网站 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"website") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":11,"column":7},"end":{"line":11,"column":111}}})) != null ? stack1 : "")
    + "\n= 联系人 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 联系人职务 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 联系电话 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"phone") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":14,"column":9},"end":{"line":14,"column":113}}})) != null ? stack1 : "")
    + "\n= 电子邮件 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"email") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "\n### 第 1b 部分　评估人\n= 内部评估人 | "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "，"
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "\n= QSA 公司 | 不适用：本次为自评估，没有合格安全评估师（QSA）参与\n\n## 第 2 部分　执行摘要\n\n### 第 2a 部分　业务与支付渠道\n= 业务性质 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"business_description") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":27,"column":9},"end":{"line":27,"column":111}}})) != null ? stack1 : "")
    + "\n= 支付渠道 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"channels_text") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":28,"column":9},"end":{"line":28,"column":97}}})) != null ? stack1 : "")
    + "\n\n### 第 2d 部分　纳入范围的营业地点\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"locations") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(11, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + "\n### 第 2e 部分　经 PCI 验证的产品\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"devices") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":50,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_solution") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":51,"column":6},"end":{"line":51,"column":36}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":51,"column":0},"end":{"line":53,"column":7}}})) != null ? stack1 : "")
    + "\n### 第 2f 部分　第三方服务商\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"service_providers") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":56,"column":0},"end":{"line":62,"column":7}}})) != null ? stack1 : "")
    + "\n### 第 2h 部分　填写该 SAQ 的资格\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"eligible") : stack1),{"name":"if","hash":{},"fn":container.program(22, data, 0),"inverse":container.program(23, data, 0),"data":data,"loc":{"start":{"line":65,"column":0},"end":{"line":74,"column":7}}})) != null ? stack1 : "")
    + "\n## 第 3 部分　PCI DSS 验证\n= SAQ | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"saq") : stack1)) != null ? lookupProperty(stack1,"eligible") : stack1),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.program(28, data, 0),"data":data,"loc":{"start":{"line":77,"column":8},"end":{"line":77,"column":67}}})) != null ? stack1 : "")
    + "\n= 完成日期 | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.program(30, data, 0),"data":data,"loc":{"start":{"line":79,"column":0},"end":{"line":86,"column":7}}})) != null ? stack1 : "")
    + "\n### 第 3a 部分　商户确认\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"acknowledgements") : stack1),{"name":"each","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":89,"column":0},"end":{"line":97,"column":9}}})) != null ? stack1 : "")
    + "- 本报告不包含完整卡号；所有回答均已检查过各种形式的卡号。\n\n### 第 3b 部分　商户高级管理人员\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"aoc") : depth0)) != null ? lookupProperty(stack1,"executive_officer") : stack1),{"name":"if","hash":{},"fn":container.program(37, data, 0),"inverse":container.program(38, data, 0),"data":data,"loc":{"start":{"line":101,"column":0},"end":{"line":107,"column":7}}})) != null ? stack1 : "")
    + "= 报告出具日期 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"report_date") || (depth0 != null ? lookupProperty(depth0,"report_date") : depth0)) != null ? helper : alias3),(typeof helper === alias4 ? helper.call(alias2,{"name":"report_date","hash":{},"data":data,"loc":{"start":{"line":108,"column":11},"end":{"line":108,"column":26}}}) : helper))) != null ? stack1 : "")
    + "\n= 结论 | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "")
    + "，得分 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : alias3),(typeof helper === alias4 ? helper.call(alias2,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":109,"column":28},"end":{"line":109,"column":42}}}) : helper))) != null ? stack1 : "")
    + " / 100\n\n@signature-line\n> 如本 PDF 带有数字签名，签名覆盖所有页面及所附的结果文件。\n\n## 第 4 部分　不合规要求的行动计划\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(39, data, 0),"inverse":container.program(40, data, 0),"data":data,"loc":{"start":{"line":115,"column":0},"end":{"line":119,"column":7}}})) != null ? stack1 : "")
    + "@table aoc-requirements\n";
},"useData":true},
  },
  "zh-CN/changes": {
    sha256: 'a8d796e1a5ef8874b0a9005ecb56c889e6360bc4c84ca4ca1f1c793318034f2e',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 上次评估 | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_date") : stack1), depth0)) != null ? stack1 : "")
    + "："
    + ((stack1 = lookupProperty(helpers,"lookup").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"verdict") : stack1),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_verdict") : stack1),{"name":"lookup","hash":{},"data":data,"loc":{"start":{"line":4,"column":35},"end":{"line":4,"column":85}}})) != null ? stack1 : "")
    + "，得分 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_score_text") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 本次评估 | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + "："
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"label") : stack1), depth0)) != null ? stack1 : "")
    + "，得分 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias2,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":5,"column":50},"end":{"line":5,"column":64}}}) : helper))) != null ? stack1 : "")
    + "（"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"score_delta_text") : stack1), depth0)) != null ? stack1 : "")
    + "）\n= 已解决 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":6,"column":8},"end":{"line":6,"column":84}}})) != null ? stack1 : "")
    + "\n= 新增差距 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":7,"column":9},"end":{"line":7,"column":85}}})) != null ? stack1 : "")
    + "\n= 仍未解决 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"still_open") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":8,"column":9},"end":{"line":8,"column":89}}})) != null ? stack1 : "")
    + "\n= 新增控制项 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"added_controls") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":98}}})) != null ? stack1 : "")
    + "\n= 移除控制项 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"removed_controls") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":10,"column":10},"end":{"line":10,"column":102}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":14,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1),"、",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":6,"column":39},"end":{"line":6,"column":68}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    return "无";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1),"、",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":7,"column":40},"end":{"line":7,"column":69}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"still_open") : stack1),"、",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":8,"column":42},"end":{"line":8,"column":73}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"added_controls") : stack1),"、",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":9,"column":47},"end":{"line":9,"column":82}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"removed_controls") : stack1),"、",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":10,"column":49},"end":{"line":10,"column":86}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "\n! 新增差距在上次评估时已满足（或未评估）：请查明发生了什么变化。\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "没有可供比较的上次评估。请保存本报告的结果文件，下次评估时用 --previous 传入，即可查看变化。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 6. 与上次评估相比的变化\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":17,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/compensating": {
    sha256: '1665a0ab177a83de13bc74f4854a72f88795f1352cf320c2be3076b43c9c0f67',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "以下控制项的回答为“通过补偿性控制落实”，各附补偿性控制工作表（PCI DSS 附录 B）。\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"ccw") : depth0),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":7,"column":4},"end":{"line":7,"column":10}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":7,"column":11},"end":{"line":7,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\n= 限制条件 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"constraint") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 补偿性控制的定义 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"definition") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 目标 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"objective") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 已识别的风险 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"identified_risk") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 补偿性控制的验证 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"validation") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 补偿性控制的维护 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"maintenance") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"review_by") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 复核日期 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"review_by") || (depth0 != null ? lookupProperty(depth0,"review_by") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"review_by","hash":{},"data":data,"loc":{"start":{"line":15,"column":9},"end":{"line":15,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    return "没有回答为“通过补偿性控制落实”的控制项。\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "以下控制项的回答为“不适用”，并说明了不适用的原因（即 SAQ 附录 C 要求的说明）。\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"not_applicable") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":25,"column":0},"end":{"line":35,"column":9}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":26,"column":4},"end":{"line":26,"column":10}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":26,"column":11},"end":{"line":26,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"justification") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":34,"column":7}}})) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 原因 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"justification") || (depth0 != null ? lookupProperty(depth0,"justification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"justification","hash":{},"data":data,"loc":{"start":{"line":28,"column":7},"end":{"line":28,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"review_by") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "! 未说明原因，因此该回答计为差距。\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "没有回答为“不适用”的控制项。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 5. 补偿性控制与不适用说明\n\n## 补偿性控制\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"ccw") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":20,"column":7}}})) != null ? stack1 : "")
    + "\n## 不适用\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"not_applicable") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.program(8, data, 0),"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":38,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/control": {
    sha256: 'cba0b2b88d12263ac33f5cf3c8b4445a1f4bbe3e06375f392659a9c49a5c0bfe',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · PCI DSS "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"pci_dss") || (depth0 != null ? lookupProperty(depth0,"pci_dss") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"pci_dss","hash":{},"data":data,"loc":{"start":{"line":1,"column":53},"end":{"line":1,"column":64}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return " · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"other_standards") || (depth0 != null ? lookupProperty(depth0,"other_standards") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"other_standards","hash":{},"data":data,"loc":{"start":{"line":1,"column":97},"end":{"line":1,"column":116}}}) : helper))) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 备注 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"notes") || (depth0 != null ? lookupProperty(depth0,"notes") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"notes","hash":{},"data":data,"loc":{"start":{"line":3,"column":7},"end":{"line":3,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 理由 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"justification") || (depth0 != null ? lookupProperty(depth0,"justification") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"justification","hash":{},"data":data,"loc":{"start":{"line":6,"column":7},"end":{"line":6,"column":24}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 负责人 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":9,"column":8},"end":{"line":9,"column":17}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"target_date") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":17},"end":{"line":9,"column":64}}})) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "，目标日期 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"target_date") || (depth0 != null ? lookupProperty(depth0,"target_date") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"target_date","hash":{},"data":data,"loc":{"start":{"line":9,"column":42},"end":{"line":9,"column":57}}}) : helper))) != null ? stack1 : "");
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 复核日期 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"review_by") || (depth0 != null ? lookupProperty(depth0,"review_by") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"review_by","hash":{},"data":data,"loc":{"start":{"line":12,"column":9},"end":{"line":12,"column":22}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"7":function(container,depth0,helpers,partials,data) {
    return "= 补偿性控制 | 工作表见第 5 节\n";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### 证据\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"evidence") : depth0),{"name":"each","hash":{},"fn":container.program(9, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":24,"column":9}}})) != null ? stack1 : "");
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"description") : depth0),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":2},"end":{"line":20,"column":44}}})) != null ? stack1 : "")
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"reference") || (depth0 != null ? lookupProperty(depth0,"reference") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"reference","hash":{},"data":data,"loc":{"start":{"line":20,"column":44},"end":{"line":20,"column":57}}}) : helper))) != null ? stack1 : "")
    + "（日期 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"date") || (depth0 != null ? lookupProperty(depth0,"date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"date","hash":{},"data":data,"loc":{"start":{"line":20,"column":61},"end":{"line":20,"column":69}}}) : helper))) != null ? stack1 : "")
    + "）\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"sha256") : depth0),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"description") || (depth0 != null ? lookupProperty(depth0,"description") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"description","hash":{},"data":data,"loc":{"start":{"line":20,"column":21},"end":{"line":20,"column":36}}}) : helper))) != null ? stack1 : "")
    + "：";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> SHA-256 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"sha256") || (depth0 != null ? lookupProperty(depth0,"sha256") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sha256","hash":{},"data":data,"loc":{"start":{"line":22,"column":10},"end":{"line":22,"column":20}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "> 未提供证据。\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### 差距原因\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"reasons") : depth0),{"name":"each","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":30,"column":0},"end":{"line":32,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"devices") : depth0),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":33,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    var stack1;

  return "! "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"15":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> 涉及的终端："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"devices") || (depth0 != null ? lookupProperty(depth0,"devices") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"devices","hash":{},"data":data,"loc":{"start":{"line":34,"column":8},"end":{"line":34,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 严重程度 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"severity_label") || (depth0 != null ? lookupProperty(depth0,"severity_label") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"severity_label","hash":{},"data":data,"loc":{"start":{"line":1,"column":9},"end":{"line":1,"column":27}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"pci_dss") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":27},"end":{"line":1,"column":71}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"other_standards") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":1,"column":71},"end":{"line":1,"column":123}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"notes") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"justification") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":8,"column":0},"end":{"line":10,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"review_by") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"ccw") : depth0),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"evidence") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(12, data, 0),"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":27,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"gap") : depth0),{"name":"if","hash":{},"fn":container.program(13, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":28,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/cover": {
    sha256: '0f392a3af1f103e7dc40c7ff5e44b87e91fb69533c8cea8d70efa56c0227e332',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 经营名称 | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 商户编号 | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 收单机构编号 | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"acquirer_id") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 收单机构 | "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"acquirer") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 国家/地区 | "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"country") : stack1), depth0)) != null ? stack1 : "")
    + "\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "全部 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " 项适用控制均已落实、通过补偿性控制落实，或已说明不适用的理由。\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " 项适用控制中有 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"gaps") : stack1), depth0)) != null ? stack1 : "")
    + " 项存在差距。整改计划（第 4 节）列明了要做什么、由谁负责以及截止日期。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", alias4=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "% "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":1,"column":2},"end":{"line":1,"column":11}}}) : helper))) != null ? stack1 : "")
    + "\n> PCI DSS v4.0.1 · 刷卡终端 · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"role_label") || (depth0 != null ? lookupProperty(depth0,"role_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"role_label","hash":{},"data":data,"loc":{"start":{"line":2,"column":26},"end":{"line":2,"column":40}}}) : helper))) != null ? stack1 : "")
    + "自评估\n\n### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":4,"column":4},"end":{"line":4,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n\n= 法定名称 | "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"legal_name") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"trading_name") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":9,"column":7}}})) != null ? stack1 : "")
    + "= 角色 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"role_label") || (depth0 != null ? lookupProperty(depth0,"role_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"role_label","hash":{},"data":data,"loc":{"start":{"line":10,"column":7},"end":{"line":10,"column":21}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"merchant_id") : stack1),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"acquirer_id") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"acquirer") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":17,"column":0},"end":{"line":19,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"country") : stack1),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "")
    + "= 评估期间 | "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"start") : stack1), depth0)) != null ? stack1 : "")
    + " 至 "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"end") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 评估日期 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"date") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 评估人 | "
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"name") : stack1), depth0)) != null ? stack1 : "")
    + "，"
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"title") : stack1), depth0)) != null ? stack1 : "")
    + "（"
    + ((stack1 = alias4(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"assessor") : stack1)) != null ? lookupProperty(stack1,"email") : stack1), depth0)) != null ? stack1 : "")
    + "）\n= 控制项目录 | "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + "，版本 "
    + ((stack1 = alias4(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"version") : stack1), depth0)) != null ? stack1 : "")
    + "\n= 报告日期 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"report_date") || (depth0 != null ? lookupProperty(depth0,"report_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"report_date","hash":{},"data":data,"loc":{"start":{"line":27,"column":9},"end":{"line":27,"column":24}}}) : helper))) != null ? stack1 : "")
    + "，由 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"generator") || (depth0 != null ? lookupProperty(depth0,"generator") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"generator","hash":{},"data":data,"loc":{"start":{"line":27,"column":27},"end":{"line":27,"column":40}}}) : helper))) != null ? stack1 : "")
    + " 生成\n\n@verdict\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":31,"column":0},"end":{"line":35,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/findings": {
    sha256: '43d66e21253592f62a6f8c6802732665fdafcc79ac131c163bcb14fcb8f96490',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":6,"column":3},"end":{"line":6,"column":12}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"applicable") : depth0),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(2, data, 0),"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> 适用 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"applicable") || (depth0 != null ? lookupProperty(depth0,"applicable") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"applicable","hash":{},"data":data,"loc":{"start":{"line":8,"column":5},"end":{"line":8,"column":19}}}) : helper))) != null ? stack1 : "")
    + " 项 · 已满足 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"satisfied") || (depth0 != null ? lookupProperty(depth0,"satisfied") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"satisfied","hash":{},"data":data,"loc":{"start":{"line":8,"column":28},"end":{"line":8,"column":41}}}) : helper))) != null ? stack1 : "")
    + " 项 · 存在差距 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"gaps") || (depth0 != null ? lookupProperty(depth0,"gaps") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"gaps","hash":{},"data":data,"loc":{"start":{"line":8,"column":51},"end":{"line":8,"column":59}}}) : helper))) != null ? stack1 : "")
    + " 项 · 得分 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":8,"column":67},"end":{"line":8,"column":81}}}) : helper))) != null ? stack1 : "")
    + "\n@controls "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":9,"column":10},"end":{"line":9,"column":16}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"2":function(container,depth0,helpers,partials,data) {
    return "> 本领域没有适用于该业务情况的控制项。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 3. 各领域发现\n\n以下列出每项适用控制的回答、备注、所提供的证据（每个文件附日期和 SHA-256 指纹），以及存在差距时的原因。\n\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),(depth0 != null ? lookupProperty(depth0,"domains") : depth0),{"name":"each","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":5,"column":0},"end":{"line":13,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/remediation-item": {
    sha256: '50a54c8dd06299a2d61a51f0edcc1aee73de4dd9bfcdd28f838533ce349fe4b0',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":1,"column":21},"end":{"line":1,"column":30}}}) : helper))) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"labels") : depth0)) != null ? lookupProperty(stack1,"owner_missing") : stack1), depth0)) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 营业地点 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"sites") || (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"sites","hash":{},"data":data,"loc":{"start":{"line":3,"column":9},"end":{"line":3,"column":18}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 负责人目标日期 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"target_date") || (depth0 != null ? lookupProperty(depth0,"target_date") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"target_date","hash":{},"data":data,"loc":{"start":{"line":7,"column":12},"end":{"line":7,"column":27}}}) : helper))) != null ? stack1 : "")
    + "\n";
},"4":function(container,depth0,helpers,partials,data) {
    return "! 负责人目标日期晚于截止日期：请商定更早的日期，或记录该差距可以延后的理由。\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = (lookupProperty(helpers,"inc")||(depth0 && lookupProperty(depth0,"inc"))||container.hooks.helperMissing).call(depth0 != null ? depth0 : (container.nullContext || {}),(data && lookupProperty(data,"index")),{"name":"inc","hash":{},"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":13,"column":14}}})) != null ? stack1 : "")
    + ". "
    + ((stack1 = container.lambda(depth0, depth0)) != null ? stack1 : "")
    + "\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 负责人 | "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":1,"column":8},"end":{"line":1,"column":69}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"sites") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":2,"column":0},"end":{"line":4,"column":7}}})) != null ? stack1 : "")
    + "= 截止日期 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"due_date") || (depth0 != null ? lookupProperty(depth0,"due_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due_date","hash":{},"data":data,"loc":{"start":{"line":5,"column":9},"end":{"line":5,"column":21}}}) : helper))) != null ? stack1 : "")
    + "（"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"priority") || (depth0 != null ? lookupProperty(depth0,"priority") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"priority","hash":{},"data":data,"loc":{"start":{"line":5,"column":22},"end":{"line":5,"column":34}}}) : helper))) != null ? stack1 : "")
    + "，"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"severity_label") || (depth0 != null ? lookupProperty(depth0,"severity_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"severity_label","hash":{},"data":data,"loc":{"start":{"line":5,"column":35},"end":{"line":5,"column":53}}}) : helper))) != null ? stack1 : "")
    + "）\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"target_date") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"target_after_due") : depth0),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":11,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"steps") : depth0),{"name":"each","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":0},"end":{"line":14,"column":9}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/remediation": {
    sha256: '8834f7d4b59d48b49f7fafe60b5addec768edd9b1fb66849575238014dc9bf9c',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "须整改 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " 项差距，评估才能达到合规。请按顺序处理，先处理 P1（严重）。截止日期为评估日期加上目录为该控制项规定的期限；负责人自定的目标日期列在其旁，晚于截止日期时会特别标出。\n\n@table remediation\n\n## 整改措施\n@remediation\n";
},"1":function(container,depth0,helpers,partials,data) {
    return "无需整改：所有适用控制项均已满足。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 4. 整改计划\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":12,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/scope": {
    sha256: '2cfeecfc96dbfcc0d9b4b49478a69937ce01784c875fadf66a1256c3d1f03452',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- 终端连接收单处理方的方式："
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"connections_text") : stack1), depth0)) != null ? stack1 : "")
    + "。\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- 所有终端均受 PCI 认可的点对点加密（P2PE）方案保护"
    + ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":31},"end":{"line":10,"column":103}}})) != null ? stack1 : "")
    + "。\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "（认证编号 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_listing_id") : stack1), depth0)) != null ? stack1 : "")
    + "）";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_solution") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":11,"column":10},"end":{"line":11,"column":41}}}),{"name":"if","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":11,"column":0},"end":{"line":13,"column":0}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    return "- 未使用 PCI 认可的 P2PE 方案。\n";
},"5":function(container,depth0,helpers,partials,data) {
    return "- 以电子方式存储卡数据。\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"stores_card_data_electronically") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":16,"column":10},"end":{"line":16,"column":59}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":16,"column":0},"end":{"line":18,"column":0}}})) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "- 不以电子方式存储任何卡数据。\n";
},"8":function(container,depth0,helpers,partials,data) {
    return "- 保留含卡数据的纸质记录（签购单、表格等）。\n";
},"9":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"keeps_paper_records") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":21,"column":10},"end":{"line":21,"column":47}}}),{"name":"if","hash":{},"fn":container.program(10, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":21,"column":0},"end":{"line":23,"column":0}}})) != null ? stack1 : "");
},"10":function(container,depth0,helpers,partials,data) {
    return "- 不保留含卡数据的纸质记录。\n";
},"11":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- 终端分布在 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1), depth0)) != null ? stack1 : "")
    + " 个营业地点。\n";
},"12":function(container,depth0,helpers,partials,data) {
    return "- 由第三方安装或维修终端。\n";
},"13":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"third_party_servicing") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":29,"column":10},"end":{"line":29,"column":49}}}),{"name":"if","hash":{},"fn":container.program(14, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":29,"column":0},"end":{"line":31,"column":0}}})) != null ? stack1 : "");
},"14":function(container,depth0,helpers,partials,data) {
    return "- 仅由本单位员工安装或维修终端。\n";
},"15":function(container,depth0,helpers,partials,data) {
    return "- 部分终端会被带到顾客身边使用（桌边支付、外送）。\n";
},"16":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"mobile_terminals") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":34,"column":10},"end":{"line":34,"column":44}}}),{"name":"if","hash":{},"fn":container.program(17, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":34,"column":0},"end":{"line":36,"column":0}}})) != null ? stack1 : "");
},"17":function(container,depth0,helpers,partials,data) {
    return "- 终端不会被带到顾客身边使用。\n";
},"18":function(container,depth0,helpers,partials,data) {
    return "- 部分终端无人值守运行（自助机、加油机）。\n";
},"19":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"unattended_terminals") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":39,"column":10},"end":{"line":39,"column":48}}}),{"name":"if","hash":{},"fn":container.program(20, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":39,"column":0},"end":{"line":41,"column":0}}})) != null ? stack1 : "");
},"20":function(container,depth0,helpers,partials,data) {
    return "- 没有无人值守的终端。\n";
},"21":function(container,depth0,helpers,partials,data) {
    return "- 终端软件由终端管理系统通过网络远程推送。\n";
},"22":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_updates") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":44,"column":10},"end":{"line":44,"column":42}}}),{"name":"if","hash":{},"fn":container.program(23, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":44,"column":0},"end":{"line":46,"column":0}}})) != null ? stack1 : "");
},"23":function(container,depth0,helpers,partials,data) {
    return "- 终端软件不进行远程更新。\n";
},"24":function(container,depth0,helpers,partials,data) {
    return "- 终端密钥以远程方式加载。\n";
},"25":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"isFalse")||(depth0 && lookupProperty(depth0,"isFalse"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_key_injection") : stack1),{"name":"isFalse","hash":{},"data":data,"loc":{"start":{"line":49,"column":10},"end":{"line":49,"column":48}}}),{"name":"if","hash":{},"fn":container.program(26, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":49,"column":0},"end":{"line":51,"column":0}}})) != null ? stack1 : "");
},"26":function(container,depth0,helpers,partials,data) {
    return "- 终端密钥在密钥注入设施中加载，而非远程加载。\n";
},"27":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- 收单机构为 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"merchant_count") : stack1), depth0)) != null ? stack1 : "")
    + " 家商户部署终端。\n";
},"28":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "\n> 因业务情况不在范围内的控制项："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"excluded") || (depth0 != null ? lookupProperty(depth0,"excluded") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"excluded","hash":{},"data":data,"loc":{"start":{"line":57,"column":17},"end":{"line":57,"column":29}}}) : helper))) != null ? stack1 : "")
    + "。\n";
},"29":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "共 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"total") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端：使用中 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_use") : stack1), depth0)) != null ? stack1 : "")
    + " 台，备用 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"spare") : stack1), depth0)) != null ? stack1 : "")
    + " 台，维修中 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_repair") : stack1), depth0)) != null ? stack1 : "")
    + " 台，已退役 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"retired") : stack1), depth0)) != null ? stack1 : "")
    + " 台。\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":63,"column":6},"end":{"line":63,"column":37}}}),{"name":"if","hash":{},"fn":container.program(30, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":63,"column":0},"end":{"line":65,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":66,"column":6},"end":{"line":66,"column":38}}}),{"name":"if","hash":{},"fn":container.program(31, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":66,"column":0},"end":{"line":68,"column":7}}})) != null ? stack1 : "")
    + "\n本报告逐台列出不超过 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"listed_max") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端的终端清单。本终端清单更长：下表按厂商与型号、营业地点和状态统计终端，完整的终端清单作为 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"attachment") : stack1), depth0)) != null ? stack1 : "")
    + " 附在本 PDF 中（CSV 格式，每台终端一行，并列出差距涉及该终端的控制项）。\n\n### 按厂商与型号\n@table inventory-models\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_model_more") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":74,"column":6},"end":{"line":74,"column":44}}}),{"name":"if","hash":{},"fn":container.program(32, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":74,"column":0},"end":{"line":76,"column":7}}})) != null ? stack1 : "")
    + "\n### 按营业地点\n@table inventory-sites\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_site_more") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":80,"column":6},"end":{"line":80,"column":43}}}),{"name":"if","hash":{},"fn":container.program(33, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":80,"column":0},"end":{"line":82,"column":7}}})) != null ? stack1 : "")
    + "\n### 按状态\n@table inventory-states\n\n### 有差距的终端\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_total") : stack1),{"name":"if","hash":{},"fn":container.program(34, data, 0),"inverse":container.program(36, data, 0),"data":data,"loc":{"start":{"line":88,"column":0},"end":{"line":96,"column":7}}})) != null ? stack1 : "");
},"30":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! 有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端的 PCI PTS 认证在评估日前已过期。\n";
},"31":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! 有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端的 PCI PTS 认证将在评估日后 12 个月内到期，请安排更换。\n";
},"32":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> ……另有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_model_more") : stack1), depth0)) != null ? stack1 : "")
    + " 种型号（见所附终端清单）。\n";
},"33":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> ……另有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"by_site_more") : stack1), depth0)) != null ? stack1 : "")
    + " 个营业地点（见所附终端清单）。\n";
},"34":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_total") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端被控制项的差距涉及，或其 PCI PTS 认证已过期或将在 12 个月内到期（带底纹）。\n@table inventory-flagged\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_more") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":91,"column":6},"end":{"line":91,"column":43}}}),{"name":"if","hash":{},"fn":container.program(35, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":91,"column":0},"end":{"line":93,"column":7}}})) != null ? stack1 : "");
},"35":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "> ……另有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0)) != null ? lookupProperty(stack1,"flagged_more") : stack1), depth0)) != null ? stack1 : "")
    + " 台（见所附终端清单的 findings 列）。\n";
},"36":function(container,depth0,helpers,partials,data) {
    return "没有终端被差距涉及。\n";
},"37":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(38, data, 0),"inverse":container.program(41, data, 0),"data":data,"loc":{"start":{"line":97,"column":0},"end":{"line":108,"column":0}}})) != null ? stack1 : "");
},"38":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "共 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"total") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端：使用中 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_use") : stack1), depth0)) != null ? stack1 : "")
    + " 台，备用 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"spare") : stack1), depth0)) != null ? stack1 : "")
    + " 台，维修中 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"in_repair") : stack1), depth0)) != null ? stack1 : "")
    + " 台，已退役 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"retired") : stack1), depth0)) != null ? stack1 : "")
    + " 台。\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":99,"column":6},"end":{"line":99,"column":37}}}),{"name":"if","hash":{},"fn":container.program(39, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":99,"column":0},"end":{"line":101,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"gt")||(depth0 && lookupProperty(depth0,"gt"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1),0,{"name":"gt","hash":{},"data":data,"loc":{"start":{"line":102,"column":6},"end":{"line":102,"column":38}}}),{"name":"if","hash":{},"fn":container.program(40, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":102,"column":0},"end":{"line":104,"column":7}}})) != null ? stack1 : "")
    + "@table inventory\n";
},"39":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! 有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expired") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端的 PCI PTS 认证在评估日前已过期（红色底纹）。\n";
},"40":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "! 有 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"inventory_counts") : depth0)) != null ? lookupProperty(stack1,"expiring") : stack1), depth0)) != null ? stack1 : "")
    + " 台终端的 PCI PTS 认证将在评估日后 12 个月内到期（橙色底纹），请安排更换。\n";
},"41":function(container,depth0,helpers,partials,data) {
    return "终端清单为空。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, alias2=depth0 != null ? depth0 : (container.nullContext || {}), alias3=container.hooks.helperMissing, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 2. 评估范围\n\n本次自评估涵盖 "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"entity") : stack1)) != null ? lookupProperty(stack1,"legal_name") : stack1), depth0)) != null ? stack1 : "")
    + " 作为"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"role_label") || (depth0 != null ? lookupProperty(depth0,"role_label") : depth0)) != null ? helper : alias3),(typeof helper === "function" ? helper.call(alias2,{"name":"role_label","hash":{},"data":data,"loc":{"start":{"line":3,"column":43},"end":{"line":3,"column":57}}}) : helper))) != null ? stack1 : "")
    + "在 "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"start") : stack1), depth0)) != null ? stack1 : "")
    + " 至 "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"assessment") : depth0)) != null ? lookupProperty(stack1,"period") : stack1)) != null ? lookupProperty(stack1,"end") : stack1), depth0)) != null ? stack1 : "")
    + " 期间使用的刷卡终端，依据 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + " 目录（版本 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"version") : stack1), depth0)) != null ? stack1 : "")
    + "）作答。以下业务情况决定哪些控制项适用。\n\n## 业务环境\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"connections_text") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":8,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"p2pe_solution") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":9,"column":6},"end":{"line":9,"column":36}}}),{"name":"if","hash":{},"fn":container.program(1, data, 0),"inverse":container.program(3, data, 0),"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":13,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"stores_card_data_electronically") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":14,"column":6},"end":{"line":14,"column":54}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.program(6, data, 0),"data":data,"loc":{"start":{"line":14,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"keeps_paper_records") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":19,"column":6},"end":{"line":19,"column":42}}}),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.program(9, data, 0),"data":data,"loc":{"start":{"line":19,"column":0},"end":{"line":23,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"location_count") : stack1),{"name":"if","hash":{},"fn":container.program(11, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":0},"end":{"line":26,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"third_party_servicing") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":27,"column":6},"end":{"line":27,"column":44}}}),{"name":"if","hash":{},"fn":container.program(12, data, 0),"inverse":container.program(13, data, 0),"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":31,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"mobile_terminals") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":32,"column":6},"end":{"line":32,"column":39}}}),{"name":"if","hash":{},"fn":container.program(15, data, 0),"inverse":container.program(16, data, 0),"data":data,"loc":{"start":{"line":32,"column":0},"end":{"line":36,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"unattended_terminals") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":37,"column":6},"end":{"line":37,"column":43}}}),{"name":"if","hash":{},"fn":container.program(18, data, 0),"inverse":container.program(19, data, 0),"data":data,"loc":{"start":{"line":37,"column":0},"end":{"line":41,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_updates") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":42,"column":6},"end":{"line":42,"column":37}}}),{"name":"if","hash":{},"fn":container.program(21, data, 0),"inverse":container.program(22, data, 0),"data":data,"loc":{"start":{"line":42,"column":0},"end":{"line":46,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(lookupProperty(helpers,"isTrue")||(depth0 && lookupProperty(depth0,"isTrue"))||alias3).call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"remote_key_injection") : stack1),{"name":"isTrue","hash":{},"data":data,"loc":{"start":{"line":47,"column":6},"end":{"line":47,"column":43}}}),{"name":"if","hash":{},"fn":container.program(24, data, 0),"inverse":container.program(25, data, 0),"data":data,"loc":{"start":{"line":47,"column":0},"end":{"line":51,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,((stack1 = (depth0 != null ? lookupProperty(depth0,"profile") : depth0)) != null ? lookupProperty(stack1,"merchant_count") : stack1),{"name":"if","hash":{},"fn":container.program(27, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":52,"column":0},"end":{"line":54,"column":7}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"excluded") : depth0),{"name":"if","hash":{},"fn":container.program(28, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":55,"column":0},"end":{"line":58,"column":7}}})) != null ? stack1 : "")
    + "\n## 终端清单\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias2,(depth0 != null ? lookupProperty(depth0,"inventory_summary") : depth0),{"name":"if","hash":{},"fn":container.program(29, data, 0),"inverse":container.program(37, data, 0),"data":data,"loc":{"start":{"line":61,"column":0},"end":{"line":108,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/sites": {
    sha256: '5cfc8aad860930fad2aeea1a550bde9bfe9ffe98a48c22c8e9ec9b395966b141',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 各营业地点的差距\n"
    + ((stack1 = lookupProperty(helpers,"each").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"list") : stack1),{"name":"each","hash":{},"fn":container.program(1, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":9,"column":0},"end":{"line":17,"column":9}}})) != null ? stack1 : "");
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(depth0 != null ? depth0 : (container.nullContext || {}),((stack1 = (depth0 != null ? lookupProperty(depth0,"gaps") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":10,"column":0},"end":{"line":16,"column":7}}})) != null ? stack1 : "");
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "### "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"id") || (depth0 != null ? lookupProperty(depth0,"id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"id","hash":{},"data":data,"loc":{"start":{"line":11,"column":4},"end":{"line":11,"column":10}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"name") || (depth0 != null ? lookupProperty(depth0,"name") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"name","hash":{},"data":data,"loc":{"start":{"line":11,"column":11},"end":{"line":11,"column":19}}}) : helper))) != null ? stack1 : "")
    + "\n> "
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"address") : depth0),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":12,"column":2},"end":{"line":12,"column":38}}})) != null ? stack1 : "")
    + "终端 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"terminals") || (depth0 != null ? lookupProperty(depth0,"terminals") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"terminals","hash":{},"data":data,"loc":{"start":{"line":12,"column":41},"end":{"line":12,"column":54}}}) : helper))) != null ? stack1 : "")
    + " 台 · 得分 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":12,"column":62},"end":{"line":12,"column":76}}}) : helper))) != null ? stack1 : "")
    + " · "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"verdict_label") || (depth0 != null ? lookupProperty(depth0,"verdict_label") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"verdict_label","hash":{},"data":data,"loc":{"start":{"line":12,"column":79},"end":{"line":12,"column":96}}}) : helper))) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"gaps") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":9}}})) != null ? stack1 : "");
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"address") || (depth0 != null ? lookupProperty(depth0,"address") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"address","hash":{},"data":data,"loc":{"start":{"line":12,"column":17},"end":{"line":12,"column":28}}}) : helper))) != null ? stack1 : "")
    + " · ";
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"priority") || (depth0 != null ? lookupProperty(depth0,"priority") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"priority","hash":{},"data":data,"loc":{"start":{"line":14,"column":2},"end":{"line":14,"column":14}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"control_id") || (depth0 != null ? lookupProperty(depth0,"control_id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"control_id","hash":{},"data":data,"loc":{"start":{"line":14,"column":15},"end":{"line":14,"column":29}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":14,"column":30},"end":{"line":14,"column":39}}}) : helper))) != null ? stack1 : "")
    + "："
    + ((stack1 = (lookupProperty(helpers,"join")||(depth0 && lookupProperty(depth0,"join"))||alias2).call(alias1,(depth0 != null ? lookupProperty(depth0,"reasons") : depth0),"",{"name":"join","hash":{},"data":data,"loc":{"start":{"line":14,"column":40},"end":{"line":14,"column":59}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"devices") : depth0),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":14,"column":59},"end":{"line":14,"column":96}}})) != null ? stack1 : "")
    + "负责人："
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.program(7, data, 0),"data":data,"loc":{"start":{"line":14,"column":100},"end":{"line":14,"column":140}}})) != null ? stack1 : "")
    + "；截止日期 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"due_date") || (depth0 != null ? lookupProperty(depth0,"due_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due_date","hash":{},"data":data,"loc":{"start":{"line":14,"column":146},"end":{"line":14,"column":158}}}) : helper))) != null ? stack1 : "")
    + "。\n";
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "终端："
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"devices") || (depth0 != null ? lookupProperty(depth0,"devices") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"devices","hash":{},"data":data,"loc":{"start":{"line":14,"column":77},"end":{"line":14,"column":88}}}) : helper))) != null ? stack1 : "")
    + "。";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":14,"column":113},"end":{"line":14,"column":122}}}) : helper))) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    return "未指定";
},"8":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "没有差距的营业地点（"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"compliant_count") : stack1), depth0)) != null ? stack1 : "")
    + " 个）："
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"compliant_list") : stack1), depth0)) != null ? stack1 : "")
    + "。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 营业地点\n\n"
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":3,"column":15}}}) : helper))) != null ? stack1 : "")
    + " 作为一个机构接受评估，共有 "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"list") : stack1)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " 个营业地点。机构统一作答的内容（政策、培训、应急预案）适用于每个营业地点；每个营业地点列出自己的终端，并在与机构不同时自行回答按营业地点作答的控制项（检查、防拆封条、本地维修）。只有某营业地点的全部适用控制项都满足时，该营业地点才合规；只有每个营业地点都合规时，机构才合规。\n\n@table sites\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"with_gaps_count") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":7,"column":0},"end":{"line":18,"column":7}}})) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"sites") : depth0)) != null ? lookupProperty(stack1,"compliant_count") : stack1),{"name":"if","hash":{},"fn":container.program(8, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":22,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
  "zh-CN/summary": {
    sha256: '2f3872690306251aa2ced84334dde3ca6ce2568c154e251476f34c502bbf5efb',
    spec: {"0":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":4,"column":0},"end":{"line":4,"column":15}}}) : helper))) != null ? stack1 : "")
    + " 的刷卡终端满足 "
    + ((stack1 = container.lambda(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + " 目录中的全部适用控制项，评估结论为合规。这些控制须持续有效运行，并在十二个月内再次评估。\n";
},"1":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = ((helper = (helper = lookupProperty(helpers,"entity_name") || (depth0 != null ? lookupProperty(depth0,"entity_name") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"entity_name","hash":{},"data":data,"loc":{"start":{"line":6,"column":0},"end":{"line":6,"column":15}}}) : helper))) != null ? stack1 : "")
    + " 的刷卡终端在 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"catalog") : depth0)) != null ? lookupProperty(stack1,"id") : stack1), depth0)) != null ? stack1 : "")
    + " 目录的 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " 项适用控制中，尚有 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"gaps") : stack1), depth0)) != null ? stack1 : "")
    + " 项未满足，因此评估结论为不合规。每项差距均在整改计划（第 4 节）中指定了负责人和截止日期。\n";
},"2":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "= 与上次相比 | "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_date") : stack1), depth0)) != null ? stack1 : "")
    + " 得分 "
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"previous_score_text") : stack1), depth0)) != null ? stack1 : "")
    + "，本次 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":14,"column":74},"end":{"line":14,"column":88}}}) : helper))) != null ? stack1 : "")
    + "（"
    + ((stack1 = alias1(((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"score_delta_text") : stack1), depth0)) != null ? stack1 : "")
    + "）；已解决 "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"resolved") : stack1)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " 项，新增差距 "
    + ((stack1 = alias1(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"changes") : depth0)) != null ? lookupProperty(stack1,"new_gaps") : stack1)) != null ? lookupProperty(stack1,"length") : stack1), depth0)) != null ? stack1 : "")
    + " 项（第 6 节）\n";
},"3":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "## 最紧急事项\n"
    + ((stack1 = lookupProperty(helpers,"each").call(alias1,(depth0 != null ? lookupProperty(depth0,"remediation") : depth0),{"name":"each","hash":{},"fn":container.program(4, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":22,"column":0},"end":{"line":26,"column":9}}})) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p1") : stack1),0,{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":27,"column":6},"end":{"line":27,"column":22}}}),{"name":"if","hash":{},"fn":container.program(7, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":27,"column":0},"end":{"line":29,"column":7}}})) != null ? stack1 : "");
},"4":function(container,depth0,helpers,partials,data) {
    var stack1, alias1=depth0 != null ? depth0 : (container.nullContext || {}), lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return ((stack1 = lookupProperty(helpers,"if").call(alias1,(lookupProperty(helpers,"eq")||(depth0 && lookupProperty(depth0,"eq"))||container.hooks.helperMissing).call(alias1,(depth0 != null ? lookupProperty(depth0,"priority") : depth0),"P1",{"name":"eq","hash":{},"data":data,"loc":{"start":{"line":23,"column":6},"end":{"line":23,"column":24}}}),{"name":"if","hash":{},"fn":container.program(5, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":23,"column":0},"end":{"line":25,"column":7}}})) != null ? stack1 : "");
},"5":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.hooks.helperMissing, alias3="function", lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "- "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"control_id") || (depth0 != null ? lookupProperty(depth0,"control_id") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"control_id","hash":{},"data":data,"loc":{"start":{"line":24,"column":2},"end":{"line":24,"column":16}}}) : helper))) != null ? stack1 : "")
    + " "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"title") || (depth0 != null ? lookupProperty(depth0,"title") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"title","hash":{},"data":data,"loc":{"start":{"line":24,"column":17},"end":{"line":24,"column":26}}}) : helper))) != null ? stack1 : "")
    + "：截止 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"due_date") || (depth0 != null ? lookupProperty(depth0,"due_date") : depth0)) != null ? helper : alias2),(typeof helper === alias3 ? helper.call(alias1,{"name":"due_date","hash":{},"data":data,"loc":{"start":{"line":24,"column":30},"end":{"line":24,"column":42}}}) : helper))) != null ? stack1 : "")
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"owner") : depth0),{"name":"if","hash":{},"fn":container.program(6, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":24,"column":42},"end":{"line":24,"column":76}}})) != null ? stack1 : "")
    + "\n";
},"6":function(container,depth0,helpers,partials,data) {
    var stack1, helper, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "，负责人 "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"owner") || (depth0 != null ? lookupProperty(depth0,"owner") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(depth0 != null ? depth0 : (container.nullContext || {}),{"name":"owner","hash":{},"data":data,"loc":{"start":{"line":24,"column":60},"end":{"line":24,"column":69}}}) : helper))) != null ? stack1 : "");
},"7":function(container,depth0,helpers,partials,data) {
    var stack1, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "没有严重差距。整改计划中最早的事项于 "
    + ((stack1 = container.lambda(((stack1 = ((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"0") : stack1)) != null ? lookupProperty(stack1,"due_date") : stack1), depth0)) != null ? stack1 : "")
    + " 到期。\n";
},"compiler":[8,">= 4.3.0"],"main":function(container,depth0,helpers,partials,data) {
    var stack1, helper, alias1=depth0 != null ? depth0 : (container.nullContext || {}), alias2=container.lambda, lookupProperty = container.lookupProperty || function(parent, propertyName) {
        if (Object.prototype.hasOwnProperty.call(parent, propertyName)) {
          return parent[propertyName];
        }
        return undefined
    };

  return "# 1. 执行摘要\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"verdict") : depth0)) != null ? lookupProperty(stack1,"compliant") : stack1),{"name":"if","hash":{},"fn":container.program(0, data, 0),"inverse":container.program(1, data, 0),"data":data,"loc":{"start":{"line":3,"column":0},"end":{"line":7,"column":7}}})) != null ? stack1 : "")
    + "\n= 总体得分 | "
    + ((stack1 = ((helper = (helper = lookupProperty(helpers,"score_text") || (depth0 != null ? lookupProperty(depth0,"score_text") : depth0)) != null ? helper : container.hooks.helperMissing),(typeof helper === "function" ? helper.call(alias1,{"name":"score_text","hash":{},"data":data,"loc":{"start":{"line":9,"column":9},"end":{"line":9,"column":23}}}) : helper))) != null ? stack1 : "")
    + " / 100：按严重程度加权的已满足适用控制项比例\n= 控制项 | 适用 "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"applicable") : stack1), depth0)) != null ? stack1 : "")
    + " 项；因业务情况不在范围内 "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"excluded") : stack1), depth0)) != null ? stack1 : "")
    + " 项\n= 回答 | 已落实 "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"in_place") : stack1), depth0)) != null ? stack1 : "")
    + " 项，通过补偿性控制落实 "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"in_place_ccw") : stack1), depth0)) != null ? stack1 : "")
    + " 项，不适用 "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"not_applicable") : stack1), depth0)) != null ? stack1 : "")
    + " 项，未落实 "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"not_in_place") : stack1), depth0)) != null ? stack1 : "")
    + " 项，未作答 "
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"unanswered") : stack1), depth0)) != null ? stack1 : "")
    + " 项\n= 按优先级的差距 | P1（严重）："
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p1") : stack1), depth0)) != null ? stack1 : "")
    + " · P2（高）："
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p2") : stack1), depth0)) != null ? stack1 : "")
    + " · P3（中）："
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p3") : stack1), depth0)) != null ? stack1 : "")
    + " · P4（低）："
    + ((stack1 = alias2(((stack1 = (depth0 != null ? lookupProperty(depth0,"counts") : depth0)) != null ? lookupProperty(stack1,"p4") : stack1), depth0)) != null ? stack1 : "")
    + "\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,(depth0 != null ? lookupProperty(depth0,"changes") : depth0),{"name":"if","hash":{},"fn":container.program(2, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":13,"column":0},"end":{"line":15,"column":7}}})) != null ? stack1 : "")
    + "\n## 各领域得分\n@chart\n\n"
    + ((stack1 = lookupProperty(helpers,"if").call(alias1,((stack1 = (depth0 != null ? lookupProperty(depth0,"remediation") : depth0)) != null ? lookupProperty(stack1,"length") : stack1),{"name":"if","hash":{},"fn":container.program(3, data, 0),"inverse":container.noop,"data":data,"loc":{"start":{"line":20,"column":0},"end":{"line":30,"column":7}}})) != null ? stack1 : "");
},"useData":true},
  },
}
