from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'faq.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_faq_sections = resolve('faq_sections')
    l_0_faq = resolve('faq')
    l_0_answers = resolve('answers')
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='faq_sections') if l_0_faq_sections is missing else l_0_faq_sections), (undefined(name='faq') if l_0_faq is missing else l_0_faq), (undefined(name='answers') if l_0_answers is missing else l_0_answers))))

blocks = {}
debug_info = '1=16&3=18'
# public/faq.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
