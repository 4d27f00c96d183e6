from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'locations.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_ngettext = resolve('ngettext')
    l_0_sections = resolve('sections')
    l_0__ = resolve('_')
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'Each location has its own channels, hours and reply times. Choose yours from the %(count)s location below.', 'Each location has its own channels, hours and reply times. Choose yours from the %(count)s locations below.', t_1((undefined(name='sections') if l_0_sections is missing else l_0_sections)), count=t_1((undefined(name='sections') if l_0_sections is missing else l_0_sections)))))
    yield '\n<div class="locations">\n<p class="locations__filter" hidden><label for="locations-filter">'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Find a location')))
    yield '</label> <input id="locations-filter" type="search" autocomplete="off" aria-describedby="locations-count"> <span id="locations-count" role="status" data-all="'
    yield escape(environment.finalize(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), 'The %(num)s location is shown.', 'All %(num)s locations are shown.', t_1((undefined(name='sections') if l_0_sections is missing else l_0_sections)))))
    yield '" data-some="'
    yield escape(environment.finalize(context.call((undefined(name='ngettext') if l_0_ngettext is missing else l_0_ngettext), '%(shown)s of %(num)s location matches.', '%(shown)s of %(num)s locations match.', t_1((undefined(name='sections') if l_0_sections is missing else l_0_sections)), shown='{shown}')))
    yield '" data-none="'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No location matches; try part of a name or a town.')))
    yield '"></span></p>\n<ul class="locations__list">\n'
    for (l_1_slug, l_1_policy) in (undefined(name='sections') if l_0_sections is missing else l_0_sections):
        _loop_vars = {}
        pass
        yield '<li><a href="'
        yield escape(environment.finalize(t_2(l_1_slug)))
        yield '/">'
        yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_policy, 'business'), 'name')))
        yield '</a>'
        if environment.getattr(environment.getattr(l_1_policy, 'business'), 'area'):
            pass
            yield ' <span>'
            yield escape(environment.finalize(environment.getattr(environment.getattr(l_1_policy, 'business'), 'area')))
            yield '</span>'
        yield '</li>\n'
    l_1_slug = l_1_policy = missing
    yield '</ul>\n</div>\n<script src="assets/locations.js" defer></script>\n'

blocks = {}
debug_info = '1=28&3=30&6=32&8=40&9=44'
# public/locations.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
