from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_faq_answer_text.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_faq = resolve('faq')
    l_0_answer = missing
    pass
    included_template = environment.get_template('public/_faq_answer.md.j2', '_faq_answer_text.md.j2').make_module(context.get_all(), True, {'answer': l_0_answer})
    l_0_answer = getattr(included_template, 'answer', missing)
    if l_0_answer is missing:
        l_0_answer = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_faq_answer_text.md.j2') does not export the requested name 'answer'", name='answer')
    context.vars['answer'] = l_0_answer
    context.exported_vars.discard('answer')
    for l_1_item in (undefined(name='faq') if l_0_faq is missing else l_0_faq):
        l_1_separator = resolve('separator')
        _loop_vars = {}
        pass
        yield escape(environment.finalize(context.call((undefined(name='answer') if l_0_answer is missing else l_0_answer), l_1_item, _loop_vars=_loop_vars)))
        yield escape(environment.finalize((undefined(name='separator') if l_1_separator is missing else l_1_separator)))
    l_1_item = l_1_separator = missing

blocks = {}
debug_info = '2=13&3=19'
# public/_faq_answer_text.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
