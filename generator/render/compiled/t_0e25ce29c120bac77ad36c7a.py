from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'faq.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_faq = resolve('faq')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    l_1_loop = missing
    for l_1_item, l_1_loop in LoopContext((undefined(name='faq') if l_0_faq is missing else l_0_faq), undefined):
        l_1_answers = resolve('answers')
        _loop_vars = {}
        pass
        yield '## '
        yield escape(environment.finalize(environment.getattr(l_1_item, 'question')))
        yield ' { #'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_item, 'anchor'))))
        yield ' }\n\n'
        yield escape(environment.finalize(environment.getitem((undefined(name='answers') if l_1_answers is missing else l_1_answers), environment.getattr(l_1_loop, 'index0'))))
    l_1_loop = l_1_item = l_1_answers = missing

blocks = {}
debug_info = '1=20&3=23&4=28&6=32'
# public/faq.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
