from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'updates.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0__ = resolve('_')
    l_0_reach = resolve('reach')
    l_0_words = resolve('words')
    l_0_updates = resolve('updates')
    l_0_change_list = missing
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    included_template = environment.get_template('public/_changes.md.j2', 'updates.md.j2')._get_default_module(context)
    l_0_change_list = getattr(included_template, 'change_list', missing)
    if l_0_change_list is missing:
        l_0_change_list = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'updates.md.j2') does not export the requested name 'change_list'", name='change_list')
    context.vars['change_list'] = l_0_change_list
    context.exported_vars.discard('change_list')
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Every change to what you can expect from us, newest first.')))
    yield '\n'
    if ((undefined(name='reach') if l_0_reach is missing else l_0_reach) and environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'feed')):
        pass
        yield '\n['
        yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'feed.link')))
        yield ']('
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'link'), environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'feed'), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'))))
        yield '){ .feed-link } '
        yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'feed.link.note')))
        yield '\n'
    yield '\n'
    l_1_loop = missing
    for l_1_update, l_1_loop in LoopContext((undefined(name='updates') if l_0_updates is missing else l_0_updates), undefined):
        _loop_vars = {}
        pass
        yield '## '
        yield escape(environment.finalize(context.call(environment.getattr((undefined(name='words') if l_0_words is missing else l_0_words), 'long_date'), environment.getattr(l_1_update, 'date'), _loop_vars=_loop_vars)))
        yield ' { #update-'
        yield escape(environment.finalize(t_1(context.call(environment.getattr(environment.getattr(l_1_update, 'date'), 'isoformat'), _loop_vars=_loop_vars))))
        yield '-'
        yield escape(environment.finalize(t_1(environment.getattr(l_1_loop, 'index'))))
        yield ' }\n\n'
        if environment.getattr(l_1_update, 'first'):
            pass
            yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'We published this policy.', _loop_vars=_loop_vars)))
            yield '\n\n'
        else:
            pass
            yield escape(environment.finalize(context.call((undefined(name='change_list') if l_0_change_list is missing else l_0_change_list), environment.getattr(l_1_update, 'changes'), (undefined(name='words') if l_0_words is missing else l_0_words), _loop_vars=_loop_vars)))
            yield '\n'
    l_1_loop = l_1_update = missing

blocks = {}
debug_info = '1=23&2=30&4=32&5=34&7=37&10=45&11=49&13=55&14=57&17=61'
# public/updates.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
