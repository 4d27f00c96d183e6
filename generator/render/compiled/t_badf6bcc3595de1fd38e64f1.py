from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'accounts.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_page = resolve('page')
    l_0_gettext = resolve('gettext')
    l_0_business = resolve('business')
    l_0_website = resolve('website')
    l_0__ = resolve('_')
    l_0_policy = resolve('policy')
    l_0_reach = resolve('reach')
    l_0_words = resolve('words')
    try:
        t_1 = environment.filters['url']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'url' found.")
    pass
    yield '# '
    yield escape(environment.finalize(environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'title')))
    yield '\n\n'
    yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'These are the only accounts, addresses and numbers that speak for %(business)s.', business=environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'name'))))
    yield '\n'
    if environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'website'):
        pass
        t_2 = []
        pass
        t_2.extend((
            '<a href="',
            escape(environment.finalize(t_1(environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'website')))),
            '">',
            escape(environment.finalize(context.call(environment.getattr(environment.getitem(context.call(environment.getattr(environment.getattr((undefined(name='business') if l_0_business is missing else l_0_business), 'website'), 'split'), '://', 1), -1), 'rstrip'), '/'))),
            '</a>',
        ))
        l_0_website = (Markup if context.eval_ctx.autoescape else identity)(concat(t_2))
        context.vars['website'] = l_0_website
        context.exported_vars.add('website')
        yield escape(environment.finalize(context.call((undefined(name='gettext') if l_0_gettext is missing else l_0_gettext), 'Our website is %(website)s.', website=(undefined(name='website') if l_0_website is missing else l_0_website))))
        yield '\n'
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'If someone contacts you from an account that is not listed here, it is not us: do not share booking, payment or personal details with it.')))
    yield '\n\n| '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Channel')))
    yield ' | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Account')))
    yield ' | '
    yield escape(environment.finalize(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Answered?')))
    yield ' |\n| --- | --- | --- |\n'
    def t_3(fiter):
        for l_1_channel in fiter:
            if (environment.getattr(l_1_channel, 'handle') or environment.getattr(l_1_channel, 'url')):
                yield l_1_channel
    for l_1_channel in t_3(environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'channels')):
        l_1_channel_link = resolve('channel_link')
        l_1_account = resolve('account')
        _loop_vars = {}
        pass
        yield '| '
        yield escape(environment.finalize(context.call((undefined(name='channel_link') if l_1_channel_link is missing else l_1_channel_link), l_1_channel, _loop_vars=_loop_vars)))
        yield ' | '
        yield escape(environment.finalize(context.call((undefined(name='account') if l_1_account is missing else l_1_account), l_1_channel, _loop_vars=_loop_vars)))
        yield ' | '
        yield escape(environment.finalize((context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Yes', _loop_vars=_loop_vars) if environment.getattr(l_1_channel, 'answered') else context.call((undefined(name='_') if l_0__ is missing else l_0__), 'No, announcements only', _loop_vars=_loop_vars))))
        yield ' |\n'
    l_1_channel = l_1_channel_link = l_1_account = missing
    if ((undefined(name='reach') if l_0_reach is missing else l_0_reach) and environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'badges')):
        pass
        yield '\n## '
        yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'badges.title')))
        yield ' { #badges }\n\n'
        yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'badges.intro')))
        if (not environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'site_url')):
            pass
            yield ' '
            yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'badges.site_url')))
        yield '\n\n'
        for l_1_channel in environment.getattr((undefined(name='policy') if l_0_policy is missing else l_0_policy), 'answered'):
            l_1_alt = l_1_html = l_1_md = missing
            _loop_vars = {}
            pass
            l_1_alt = context.call(environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'badge_text'), (undefined(name='words') if l_0_words is missing else l_0_words), l_1_channel, _loop_vars=_loop_vars)
            _loop_vars['alt'] = l_1_alt
            (l_1_html, l_1_md) = context.call(environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'badge_snippets'), environment.getattr(l_1_channel, 'id'), (undefined(name='alt') if l_1_alt is missing else l_1_alt), _loop_vars=_loop_vars)
            _loop_vars.update({'html': l_1_html, 'md': l_1_md})
            yield '<div class="badge-sample" markdown>\n\n['
            yield escape(environment.finalize((undefined(name='alt') if l_1_alt is missing else l_1_alt)))
            yield ']('
            yield escape(environment.finalize(context.call(environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'link'), environment.getitem(environment.getattr((undefined(name='reach') if l_0_reach is missing else l_0_reach), 'badges'), environment.getattr(l_1_channel, 'id')), environment.getattr((undefined(name='page') if l_0_page is missing else l_0_page), 'path'), _loop_vars=_loop_vars)))
            yield '){ type="image/svg+xml" }\n\n<dl>\n<dt>'
            yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'badges.html', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd><pre><code>'
            yield escape(environment.finalize((undefined(name='html') if l_1_html is missing else l_1_html)))
            yield '</code></pre></dd>\n<dt>'
            yield escape(environment.finalize(context.call((undefined(name='words') if l_0_words is missing else l_0_words), 'badges.markdown', _loop_vars=_loop_vars)))
            yield '</dt>\n<dd><pre><code>'
            yield escape(environment.finalize((undefined(name='md') if l_1_md is missing else l_1_md)))
            yield '</code></pre></dd>\n</dl>\n\n</div>\n\n'
        l_1_channel = l_1_alt = l_1_html = l_1_md = missing

blocks = {}
debug_info = '1=26&3=28&4=30&5=36&6=44&8=46&10=48&12=54&13=64&15=71&17=74&19=76&22=82&23=86&24=88&27=91&30=95&31=97&32=99&33=101'
# public/accounts.md.j2, compiled by Jinja 3.1.6: written by `make templates`, do not edit.
